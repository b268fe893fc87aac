package io.github.tongxin.governance.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical text of a value built from records, enums, strings, numbers, {@code
 * java.time} values and collections: unambiguous (every atom is length-prefixed), stable
 * (record components in declaration order; set elements and map entries sorted by their own
 * canonical text), and equal for equal values. Not part of the public API.
 */
public final class Canonical {
  /** Each record class's component names and accessors, looked up once. */
  private static final ClassValue<Component[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Component[] result = new Component[components.length];
          for (int i = 0; i < components.length; i++) {
            result[i] = new Component(components[i].getName(), components[i].getAccessor());
          }
          return result;
        }
      };

  private record Component(String name, Method accessor) {}

  private Canonical() {}

  /**
   * The canonical text of a value.
   *
   * @param value a record, enum, string, number, boolean, {@code java.time} value, list, set or
   *     map of such values
   * @return its canonical text
   */
  public static String of(Object value) {
    StringBuilder text = new StringBuilder();
    append(text, checkNotNull(value, "value"));
    return text.toString();
  }

  private static void append(StringBuilder text, Object value) {
    if (value instanceof Record record) {
      Class<?> type = record.getClass();
      atom(text, "R", type.getSimpleName());
      Component[] components = COMPONENTS.get(type);
      text.append('{').append(components.length).append(':');
      for (Component component : components) {
        atom(text, "N", component.name());
        append(text, read(component, record));
      }
      text.append('}');
    } else if (value instanceof Enum<?> constant) {
      atom(text, "E", constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    } else if (value instanceof List<?> list) {
      text.append("L[").append(list.size()).append(':');
      for (Object element : list) {
        append(text, element);
      }
      text.append(']');
    } else if (value instanceof Set<?> set) {
      sorted(text, "S", set);
    } else if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        entries.add(of(entry.getKey()) + of(entry.getValue()));
      }
      sorted(text, "M", entries);
    } else if (value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof java.time.temporal.TemporalAccessor
        || value instanceof java.time.temporal.TemporalAmount
        || value.getClass().getName().startsWith("com.google.common.hash.")) {
      atom(text, value.getClass().getSimpleName().substring(0, 1), value.toString());
    } else {
      throw new IllegalArgumentException(
          "no canonical form for " + value.getClass().getName() + ": " + value);
    }
  }

  private static void sorted(StringBuilder text, String tag, Collection<?> elements) {
    List<String> parts = new ArrayList<>(elements.size());
    for (Object element : elements) {
      parts.add(element instanceof String s && tag.equals("M") ? s : of(element));
    }
    ImmutableList<String> ordered = ImmutableList.sortedCopyOf(parts);
    text.append(tag).append('[').append(ordered.size()).append(':');
    ordered.forEach(text::append);
    text.append(']');
  }

  private static void atom(StringBuilder text, String tag, String value) {
    text.append(tag).append(value.length()).append('"').append(value).append('"');
  }

  private static Object read(Component component, Record record) {
    try {
      return component.accessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.name() + " of " + record, e);
    }
  }
}
