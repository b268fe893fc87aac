package io.github.tongxin.governance.space;

import io.github.tongxin.governance.ViolationCode;

/**
 * Why the living room refuses a booking, an application, a draw or an inspection.
 *
 * @since 0.1.0
 */
public enum SpaceCode implements ViolationCode {
  /** The booking names a room the calendar does not have. */
  UNKNOWN_ROOM("房间不存在", "no such room"),
  /** A room of the booking is taken at that time by another booking. */
  ROOM_TAKEN("房间已被预订", "room already booked"),
  /** An occurrence lies outside the opening hours of its day. */
  OUTSIDE_OPENING_HOURS("不在开放时间内", "outside opening hours"),
  /** An occurrence falls on a day the living room is closed. */
  CLOSED("闭馆日", "living room closed"),
  /** A booking with that id exists already. */
  BOOKING_EXISTS("预订编号已存在", "booking id exists"),
  /** No booking has that id. */
  UNKNOWN_BOOKING("预订不存在", "no such booking"),
  /** The booker's right to book is suspended after failed usage inspections. */
  BOOKING_SUSPENDED("预订权暂停", "booking right suspended"),
  /** The activity is cancelled. */
  ACTIVITY_CANCELLED("活动已取消", "activity cancelled"),
  /** The enrolment window has not opened yet. */
  ENROLMENT_NOT_OPEN("报名尚未开始", "enrolment not open yet"),
  /** The enrolment window has closed. */
  ENROLMENT_CLOSED("报名已截止", "enrolment closed"),
  /** The enrolment window is still open, so places cannot be drawn yet. */
  ENROLMENT_STILL_OPEN("报名尚未截止", "enrolment still open"),
  /** The places have been drawn already. */
  ALREADY_DRAWN("已抽签", "places already drawn"),
  /** The resident has applied already. */
  ALREADY_APPLIED("已报名", "already applied"),
  /** Someone of the same household has applied already (one place per household). */
  HOUSEHOLD_ALREADY_APPLIED("同户已报名", "household already applied"),
  /** The applicant's age is outside the activity's age range. */
  OUTSIDE_AGE_RANGE("年龄不符", "outside the age range"),
  /** The resident has not applied, or holds no place and waits for none. */
  NOT_APPLIED("未报名", "not applied"),
  /** The revealed seed does not match the published commitment. */
  SEED_MISMATCH("种子与承诺不符", "seed does not match the commitment"),
  /** The seed's commitment was published at or after the close of enrolment. */
  COMMITMENT_TOO_LATE("承诺发布过晚", "commitment published too late"),
  /**
   * The inspected booking is not in the calendar, was made by another booker, or has no
   * occurrence at the inspected slot.
   */
  INSPECTION_OF_UNKNOWN_BOOKING("被检查的预订不存在", "inspection of an unknown booking"),
  /** The inspection is dated before the inspected occurrence ends. */
  INSPECTION_BEFORE_END("使用结束前检查", "inspection before the booking ends"),
  /** The occurrence has been inspected already. */
  ALREADY_INSPECTED("已检查", "already inspected"),
  /** The activity's booking is not in the calendar. */
  ACTIVITY_BOOKING_UNKNOWN("活动的预订不存在", "activity's booking not in the calendar"),
  /** The activity's booking has no session (occurrence) on that day. */
  UNKNOWN_SESSION("该日无此活动场次", "no session on that day"),
  /** The activity offers more places than its booked rooms hold. */
  OVER_ROOM_CAPACITY("名额超过房间容量", "more places than the rooms hold");

  private final String chineseName;
  private final String englishName;

  SpaceCode(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
