//! Dates as UK residents and councils count them: UK local time, weekends and the bank holidays of
//! the council's nation, and service standards in working or calendar days.
//!
//! Bank holidays follow the Banking and Financial Dealings Act 1971 and the St Andrew's Day Bank
//! Holiday (Scotland) Act 2007, with the substitute-day practice, plus the one-off changes
//! proclaimed since 2011. This is computed rather than downloaded so that the server and the
//! browser agree without a network call.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month, OffsetDateTime, Weekday};

/// A plain calendar date (no time zone), as the resident sees it on a UK calendar.
pub type CivilDate = Date;

/// Builds a date, returning None when it does not exist (31 June, 29 February 2027).
pub fn date(year: i32, month: u8, day: u8) -> Option<CivilDate> {
    let month = Month::try_from(month).ok()?;
    Date::from_calendar_date(year, month, day).ok()
}

/// The date and time on a UK clock (GMT in winter, BST in summer) at the given instant.
pub fn uk_local(now: OffsetDateTime) -> time::PrimitiveDateTime {
    let utc = now.to_offset(time::UtcOffset::UTC);
    let year = utc.year();
    // British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
    // last Sunday of October (Summer Time Order 2002).
    let starts = last_weekday_of(year, Month::March, Weekday::Sunday)
        .midnight()
        .assume_utc()
        + Duration::hours(1);
    let ends = last_weekday_of(year, Month::October, Weekday::Sunday)
        .midnight()
        .assume_utc()
        + Duration::hours(1);
    let local = if utc >= starts && utc < ends {
        utc + Duration::hours(1)
    } else {
        utc
    };
    time::PrimitiveDateTime::new(local.date(), local.time())
}

/// Today's date in the UK at the given instant.
pub fn uk_today(now: OffsetDateTime) -> CivilDate {
    uk_local(now).date()
}

/// The UK date and time, to the minute, at seconds since the Unix epoch: `2026-12-03T14:05`.
pub fn uk_local_iso_from_unix(seconds: i64) -> String {
    let local = uk_local(
        OffsetDateTime::from_unix_timestamp(seconds).unwrap_or(OffsetDateTime::UNIX_EPOCH),
    );
    format!("{}T{:02}:{:02}", local.date(), local.hour(), local.minute())
}

/// Today's date in the UK from seconds since the Unix epoch (what a browser or server clock gives).
pub fn uk_today_from_unix(seconds: i64) -> CivilDate {
    uk_today(OffsetDateTime::from_unix_timestamp(seconds).unwrap_or(OffsetDateTime::UNIX_EPOCH))
}

fn last_weekday_of(year: i32, month: Month, weekday: Weekday) -> Date {
    let first_of_next = match month {
        Month::December => Date::from_calendar_date(year + 1, Month::January, 1),
        m => Date::from_calendar_date(year, m.next(), 1),
    }
    .expect("first of a month exists");
    let mut day = first_of_next - Duration::days(1);
    while day.weekday() != weekday {
        day -= Duration::days(1);
    }
    day
}

fn first_weekday_of(year: i32, month: Month, weekday: Weekday) -> Date {
    let mut day = Date::from_calendar_date(year, month, 1).expect("first of a month exists");
    while day.weekday() != weekday {
        day += Duration::days(1);
    }
    day
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
pub fn easter_sunday(year: i32) -> CivilDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(year, month as u8, day as u8).expect("Easter is a real date")
}

fn is_weekend(day: Date) -> bool {
    matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Whose bank holidays a council keeps: one setting for the whole council.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nation {
    #[default]
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

impl Nation {
    pub const ALL: [Nation; 3] = [
        Nation::EnglandAndWales,
        Nation::Scotland,
        Nation::NorthernIreland,
    ];

    /// The setting's value: `england-and-wales`, `scotland` or `northern-ireland`.
    pub fn as_str(self) -> &'static str {
        match self {
            Nation::EnglandAndWales => "england-and-wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern-ireland",
        }
    }

    pub fn parse(s: &str) -> Option<Nation> {
        Nation::ALL.into_iter().find(|n| n.as_str() == s)
    }

    /// The nation's bank holidays in a year, in date order.
    pub fn bank_holidays(self, year: i32) -> Vec<CivilDate> {
        let ymd = |m: u8, d: u8| date(year, m, d).expect("fixed bank holiday date exists");
        let easter = easter_sunday(year);
        // Good Friday everywhere; Easter Monday everywhere but Scotland.
        let mut days = vec![easter - Duration::days(2)];
        if self != Nation::Scotland {
            days.push(easter + Duration::days(1));
        }
        // Early May: the first Monday, moved for VE Day's 75th anniversary in 2020.
        days.push(if year == 2020 {
            ymd(5, 8)
        } else {
            first_weekday_of(year, Month::May, Weekday::Monday)
        });
        // Spring: the last Monday of May, moved for the Diamond and Platinum Jubilees.
        match year {
            2012 => days.extend([ymd(6, 4), ymd(6, 5)]),
            2022 => days.extend([ymd(6, 2), ymd(6, 3)]),
            _ => days.push(last_weekday_of(year, Month::May, Weekday::Monday)),
        }
        // Summer: the first Monday of August in Scotland, the last elsewhere.
        days.push(match self {
            Nation::Scotland => first_weekday_of(year, Month::August, Weekday::Monday),
            _ => last_weekday_of(year, Month::August, Weekday::Monday),
        });
        // One-off days proclaimed for the whole UK.
        match year {
            2011 => days.push(ymd(4, 29)),
            2022 => days.push(ymd(9, 19)),
            2023 => days.push(ymd(5, 8)),
            _ => {}
        }
        // Days that move to the next free weekday when they fall at a weekend.
        match self {
            Nation::Scotland => {
                days.extend(substitute_days(&[ymd(1, 1), ymd(1, 2)]));
                days.extend(substitute_days(&[ymd(11, 30)]));
            }
            Nation::NorthernIreland => {
                days.extend(substitute_days(&[ymd(1, 1)]));
                days.extend(substitute_days(&[ymd(3, 17)]));
                days.extend(substitute_days(&[ymd(7, 12)]));
            }
            Nation::EnglandAndWales => days.extend(substitute_days(&[ymd(1, 1)])),
        }
        days.extend(substitute_days(&[ymd(12, 25), ymd(12, 26)]));
        days.sort();
        days
    }

    /// True on a weekday that is not one of the nation's bank holidays.
    pub fn is_working_day(self, day: CivilDate) -> bool {
        !is_weekend(day) && !self.bank_holidays(day.year()).contains(&day)
    }

    /// The date `days` working days after `start`: the first working day after `start` is day 1.
    pub fn add_working_days(self, start: CivilDate, days: u32) -> CivilDate {
        let mut day = start;
        let mut counted = 0;
        while counted < days {
            day += Duration::days(1);
            if self.is_working_day(day) {
                counted += 1;
            }
        }
        day
    }
}

/// Bank holidays in England and Wales for a year, in date order.
pub fn bank_holidays_england_and_wales(year: i32) -> Vec<CivilDate> {
    Nation::EnglandAndWales.bank_holidays(year)
}

/// Keeps weekday holidays where they are and moves weekend ones to the next weekday not already taken.
fn substitute_days(holidays: &[Date]) -> Vec<Date> {
    let mut taken: Vec<Date> = holidays
        .iter()
        .copied()
        .filter(|d| !is_weekend(*d))
        .collect();
    for day in holidays.iter().copied().filter(|d| is_weekend(*d)) {
        let mut substitute = day;
        while is_weekend(substitute) || taken.contains(&substitute) {
            substitute += Duration::days(1);
        }
        taken.push(substitute);
    }
    taken.sort();
    taken
}

/// True on a weekday that is not a bank holiday in England and Wales.
pub fn is_working_day(day: CivilDate) -> bool {
    Nation::EnglandAndWales.is_working_day(day)
}

/// [`Nation::add_working_days`] in England and Wales.
pub fn add_working_days(start: CivilDate, days: u32) -> CivilDate {
    Nation::EnglandAndWales.add_working_days(start, days)
}

/// How a service standard counts its days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayCount {
    Working,
    Calendar,
}

/// "We will act within N days": the promise a service makes, and the date it falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceStandard {
    pub days: u32,
    pub count: DayCount,
}

impl ServiceStandard {
    /// The date a promise made on `submitted_on` falls due, by the council's bank holidays.
    pub fn due_date(&self, submitted_on: CivilDate, nation: Nation) -> CivilDate {
        match self.count {
            DayCount::Working => nation.add_working_days(submitted_on, self.days),
            DayCount::Calendar => submitted_on + Duration::days(i64::from(self.days)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        date(y, m, day).unwrap()
    }

    #[test]
    fn easter_matches_published_dates() {
        assert_eq!(easter_sunday(2024), d(2024, 3, 31));
        assert_eq!(easter_sunday(2025), d(2025, 4, 20));
        assert_eq!(easter_sunday(2026), d(2026, 4, 5));
        assert_eq!(easter_sunday(2027), d(2027, 3, 28));
        assert_eq!(easter_sunday(2038), d(2038, 4, 25));
    }

    #[test]
    fn bank_holidays_2026_match_the_published_list() {
        let expected = [
            d(2026, 1, 1),
            d(2026, 4, 3),
            d(2026, 4, 6),
            d(2026, 5, 4),
            d(2026, 5, 25),
            d(2026, 8, 31),
            d(2026, 12, 25),
            d(2026, 12, 28),
        ];
        assert_eq!(bank_holidays_england_and_wales(2026), expected);
    }

    #[test]
    fn christmas_on_a_weekend_moves_both_days() {
        // 2021: Christmas Saturday, Boxing Day Sunday -> Monday 27 and Tuesday 28.
        let h = bank_holidays_england_and_wales(2021);
        assert!(h.contains(&d(2021, 12, 27)) && h.contains(&d(2021, 12, 28)));
        // 2022: Christmas Sunday -> Boxing Day Monday 26 stays, Christmas substitute Tuesday 27.
        let h = bank_holidays_england_and_wales(2022);
        assert!(h.contains(&d(2022, 12, 26)) && h.contains(&d(2022, 12, 27)));
        assert!(h.contains(&d(2022, 9, 19)) && h.contains(&d(2022, 6, 3)));
        let h = bank_holidays_england_and_wales(2028);
        assert!(
            h.contains(&d(2028, 1, 3)),
            "New Year's Day 2028 is a Saturday"
        );
    }

    #[test]
    fn working_days_skip_weekends() {
        // Friday 13 November 2026 + 2 working days = Tuesday 17 November.
        assert_eq!(add_working_days(d(2026, 11, 13), 2), d(2026, 11, 17));
        // Saturday + 2 = Tuesday.
        assert_eq!(add_working_days(d(2026, 11, 14), 2), d(2026, 11, 17));
        assert_eq!(add_working_days(d(2026, 11, 23), 2), d(2026, 11, 25));
    }

    #[test]
    fn working_days_skip_christmas_and_easter() {
        // Wednesday 23 December 2026: 24th (Thu) is day 1, then 25 Fri holiday, weekend, 28 Mon
        // substitute for Boxing Day, so day 2 is Tuesday 29 December.
        assert_eq!(add_working_days(d(2026, 12, 23), 2), d(2026, 12, 29));
        // Thursday 2 April 2026: Good Friday 3rd, weekend, Easter Monday 6th -> 7th, 8th.
        assert_eq!(add_working_days(d(2026, 4, 2), 2), d(2026, 4, 8));
        assert!(!is_working_day(d(2026, 4, 3)) && !is_working_day(d(2026, 4, 6)));
    }

    #[test]
    fn calendar_and_working_standards_differ() {
        let submitted = d(2026, 11, 23);
        let working = ServiceStandard {
            days: 20,
            count: DayCount::Working,
        };
        let calendar = ServiceStandard {
            days: 30,
            count: DayCount::Calendar,
        };
        let ew = Nation::EnglandAndWales;
        assert_eq!(working.due_date(submitted, ew), d(2026, 12, 21));
        assert_eq!(calendar.due_date(submitted, ew), d(2026, 12, 23));
        assert_eq!(calendar.due_date(d(2026, 12, 20), ew), d(2027, 1, 19));
        // Calendar days do not care whose holidays they are.
        assert_eq!(
            calendar.due_date(d(2026, 12, 20), Nation::Scotland),
            d(2027, 1, 19)
        );
    }

    #[test]
    fn scotland_2026_and_2027_match_the_published_lists() {
        let s = Nation::Scotland;
        assert_eq!(
            s.bank_holidays(2026),
            [
                d(2026, 1, 1),
                d(2026, 1, 2),
                d(2026, 4, 3),
                d(2026, 5, 4),
                d(2026, 5, 25),
                d(2026, 8, 3),
                d(2026, 11, 30),
                d(2026, 12, 25),
                d(2026, 12, 28),
            ]
        );
        // 2 January 2027 is a Saturday (substitute Monday 4th); St Andrew's Day a Tuesday;
        // Christmas a Saturday and Boxing Day a Sunday (Monday 27th and Tuesday 28th).
        assert_eq!(
            s.bank_holidays(2027),
            [
                d(2027, 1, 1),
                d(2027, 1, 4),
                d(2027, 3, 26),
                d(2027, 5, 3),
                d(2027, 5, 31),
                d(2027, 8, 2),
                d(2027, 11, 30),
                d(2027, 12, 27),
                d(2027, 12, 28),
            ]
        );
    }

    #[test]
    fn scottish_days_at_a_weekend_move_to_the_monday_after() {
        let s = Nation::Scotland;
        // 2022: 1 and 2 January a Saturday and Sunday -> Monday 3rd and Tuesday 4th.
        let h = s.bank_holidays(2022);
        assert!(h.contains(&d(2022, 1, 3)) && h.contains(&d(2022, 1, 4)));
        // St Andrew's Day 2025 is a Sunday -> Monday 1 December.
        let h = s.bank_holidays(2025);
        assert!(h.contains(&d(2025, 12, 1)) && !h.contains(&d(2025, 11, 30)));
        // No Easter Monday in Scotland: Monday 6 April 2026 is a working day there only.
        assert!(s.is_working_day(d(2026, 4, 6)));
        assert!(!Nation::EnglandAndWales.is_working_day(d(2026, 4, 6)));
    }

    #[test]
    fn northern_ireland_2026_and_2027_match_the_published_lists() {
        let ni = Nation::NorthernIreland;
        // The Battle of the Boyne (12 July 2026) is a Sunday -> Monday 13th.
        assert_eq!(
            ni.bank_holidays(2026),
            [
                d(2026, 1, 1),
                d(2026, 3, 17),
                d(2026, 4, 3),
                d(2026, 4, 6),
                d(2026, 5, 4),
                d(2026, 5, 25),
                d(2026, 7, 13),
                d(2026, 8, 31),
                d(2026, 12, 25),
                d(2026, 12, 28),
            ]
        );
        assert_eq!(
            ni.bank_holidays(2027),
            [
                d(2027, 1, 1),
                d(2027, 3, 17),
                d(2027, 3, 26),
                d(2027, 3, 29),
                d(2027, 5, 3),
                d(2027, 5, 31),
                d(2027, 7, 12),
                d(2027, 8, 30),
                d(2027, 12, 27),
                d(2027, 12, 28),
            ]
        );
        // St Patrick's Day 2024 was a Sunday -> Monday 18 March.
        assert!(ni.bank_holidays(2024).contains(&d(2024, 3, 18)));
    }

    #[test]
    fn the_same_promise_falls_due_on_different_days_in_each_nation() {
        let working = ServiceStandard {
            days: 3,
            count: DayCount::Working,
        };
        // Thursday 2 April 2026: Good Friday everywhere, Easter Monday not in Scotland.
        let sent = d(2026, 4, 2);
        assert_eq!(
            working.due_date(sent, Nation::EnglandAndWales),
            d(2026, 4, 9)
        );
        assert_eq!(working.due_date(sent, Nation::Scotland), d(2026, 4, 8));
        // Friday 10 July 2026: the Boyne holiday on Monday 13th in Northern Ireland only.
        let sent = d(2026, 7, 10);
        assert_eq!(
            working.due_date(sent, Nation::NorthernIreland),
            d(2026, 7, 16)
        );
        assert_eq!(
            working.due_date(sent, Nation::EnglandAndWales),
            d(2026, 7, 15)
        );
        // Friday 27 November 2026: St Andrew's Day on Monday 30th in Scotland only.
        let sent = d(2026, 11, 27);
        assert_eq!(working.due_date(sent, Nation::Scotland), d(2026, 12, 3));
        assert_eq!(
            working.due_date(sent, Nation::EnglandAndWales),
            d(2026, 12, 2)
        );
    }

    #[test]
    fn nations_are_named_as_the_setting_names_them() {
        for n in Nation::ALL {
            assert_eq!(Nation::parse(n.as_str()), Some(n));
        }
        assert_eq!(Nation::parse("wales"), None);
    }

    #[test]
    fn uk_today_follows_british_summer_time() {
        use time::macros::datetime;
        // 23:30 UTC on 1 July is already 2 July in London.
        assert_eq!(uk_today(datetime!(2026-07-01 23:30 UTC)), d(2026, 7, 2));
        // 23:30 UTC on 1 December is still 1 December.
        assert_eq!(uk_today(datetime!(2026-12-01 23:30 UTC)), d(2026, 12, 1));
        // BST 2026 starts 29 March 01:00 UTC and ends 25 October 01:00 UTC.
        assert_eq!(uk_today(datetime!(2026-03-29 00:30 UTC)), d(2026, 3, 29));
        assert_eq!(uk_today(datetime!(2026-10-24 23:30 UTC)), d(2026, 10, 25));
        assert_eq!(uk_today(datetime!(2026-10-25 23:30 UTC)), d(2026, 10, 25));
    }

    #[test]
    fn local_times_follow_british_summer_time() {
        // 1 July 2026 13:05 UTC is 14:05 in London; 1 December 13:05 UTC is 13:05.
        assert_eq!(uk_local_iso_from_unix(1_782_911_100), "2026-07-01T14:05");
        assert_eq!(uk_local_iso_from_unix(1_796_130_300), "2026-12-01T13:05");
    }

    #[test]
    fn impossible_dates_do_not_exist() {
        assert!(date(2026, 2, 29).is_none());
        assert!(date(2028, 2, 29).is_some());
        assert!(date(2026, 6, 31).is_none());
        assert!(date(2026, 13, 1).is_none());
    }
}
