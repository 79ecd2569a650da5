import Foundation
import Testing
@testable import KechuangCore

@Suite("Beijing time: one calendar day and one wall clock at UTC+8")
struct BeijingTimeTests {
    static func utc(_ iso: String) throws -> Date { try Date(iso, strategy: .iso8601) }

    @Test("a period until 2027-06-30 ends at 2027-06-30 00:00 Beijing time, which is 16:00 UTC the day before")
    func periodEndsAtTheStartOfItsLastDay() throws {
        let until = try #require(BeijingDay(parsing: "2027-06-30"))
        #expect(until.start == (try Self.utc("2027-06-29T16:00:00Z")))
        #expect(until.start.timeIntervalSince1970 == 1_814_284_800)
        #expect(BeijingDay.parse("2027-06-30") == until.start)
        #expect(BeijingDay.format(until.start) == "2027-06-30")
    }

    @Test("the day after a day starts 24 hours later, across month and year ends and 29 February")
    func nextDayStartsTwentyFourHoursLater() throws {
        for (day, next) in [("2027-06-30", "2027-07-01"), ("2027-12-31", "2028-01-01"), ("2028-02-28", "2028-02-29"),
                            ("2028-02-29", "2028-03-01"), ("2100-02-28", "2100-03-01")] {
            let d = try #require(BeijingDay(parsing: day))
            #expect(d.startOfNextDay == d.start.addingTimeInterval(86_400))
            #expect(BeijingDay(containing: d.startOfNextDay).description == next, "\(day)")
        }
    }

    @Test("an instant belongs to the Beijing day in which it falls: 16:00 UTC is already the next day")
    func instantBelongsToItsBeijingDay() throws {
        #expect(BeijingDay(containing: try Self.utc("2027-06-29T15:59:59Z")).description == "2027-06-29")
        #expect(BeijingDay(containing: try Self.utc("2027-06-29T16:00:00Z")).description == "2027-06-30")
        #expect(BeijingDay(containing: try Self.utc("2027-06-30T15:59:59Z")).description == "2027-06-30")
        let day = BeijingDay(containing: try Self.utc("2026-12-31T17:00:00Z"))
        #expect((day.year, day.month, day.day) == (2027, 1, 1))
    }

    @Test("only an existing day written exactly yyyy-MM-dd is a day; spaces around it are ignored")
    func onlyExistingDaysParse() {
        #expect(BeijingDay(parsing: " 2027-06-30 ")?.description == "2027-06-30")
        #expect(BeijingDay(parsing: "2028-02-29") != nil)
        for text in ["2027-02-30", "2027-02-29", "2100-02-29", "2027-13-01", "2027-00-10", "2027-06-00", "2027-06-31",
                     "30.06.2027", "2027-6-30", "2027/06/30", "2027-06-30T00:00", "０２７-06-30", "+027-06-30",
                     "0000-01-01", "", "2027-06-3x"] {
            #expect(BeijingDay(parsing: text) == nil, "\(text)")
        }
        #expect(BeijingDay(year: 2027, month: 2, day: 29) == nil)
        #expect(BeijingDay(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test("a day is written as yyyy-MM-dd in JSON, and JSON naming no day is refused")
    func dayIsCodableAsText() throws {
        let day = try #require(BeijingDay(year: 2027, month: 6, day: 30))
        let json = try JSONEncoder().encode(["until": day])
        #expect(String(decoding: json, as: UTF8.self) == #"{"until":"2027-06-30"}"#)
        #expect(try JSONDecoder().decode([String: BeijingDay].self, from: json) == ["until": day])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: BeijingDay].self, from: Data(#"{"until":"2027-02-30"}"#.utf8))
        }
    }

    @Test("days are ordered by the calendar")
    func daysAreOrderedByTheCalendar() throws {
        let days = try ["2027-06-30", "2026-12-31", "2027-01-01", "0001-01-01", "9999-12-31"].map { try #require(BeijingDay(parsing: $0)) }
        #expect(days.sorted().map(\.description) == ["0001-01-01", "2026-12-31", "2027-01-01", "2027-06-30", "9999-12-31"])
        #expect(days.sorted().map(\.start) == days.map(\.start).sorted())
    }

    @Test("days from year 1 to 9999 read back as the day they start, at any hour of the day")
    func dayArithmeticRoundTrips() throws {
        let first = try #require(BeijingDay(year: 1, month: 1, day: 1)).start
        let last = try #require(BeijingDay(year: 9999, month: 12, day: 31)).start
        var previous: BeijingDay?
        var mismatches = 0
        var step = 0
        for startOfDay in stride(from: first.timeIntervalSince1970, through: last.timeIntervalSince1970, by: 97 * 86_400) {
            let day = BeijingDay(containing: Date(timeIntervalSince1970: startOfDay + Double(step % 24) * 3_600))
            if day.start.timeIntervalSince1970 != startOfDay || previous.map({ !($0 < day) }) == true
                || BeijingDay(parsing: day.description) != day { mismatches += 1 }
            previous = day
            step += 1
        }
        #expect(mismatches == 0)
        #expect(step > 37_000)
    }

    @Test("wall-clock Beijing time is UTC+8 with no DST, as Foundation's fixed +08:00 calendar says")
    func wallClockMatchesFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: 8 * 3600))
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<500 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = Double(Int64(seed >> 33) % 6_311_390_400) - 2_208_988_800  // about 1900...2100
            let date = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let t = BeijingTime.civil(date)
            #expect([t.year, t.month, t.day, t.hour, t.minute, t.second] == [c.year, c.month, c.day, c.hour, c.minute, c.second].map { $0 ?? -1 })
        }
    }

    @Test("extreme and non-finite instants are clamped to years 0001...9999, never a trap")
    func extremeInstantsAreClamped() {
        #expect(BeijingTime.format(Date(timeIntervalSince1970: .infinity)) == "9999-12-31 23:59")
        #expect(BeijingTime.format(Date(timeIntervalSince1970: -.infinity)) == "0001-01-01 00:00")
        #expect(BeijingTime.format(Date(timeIntervalSince1970: .nan)) == "1970-01-01 00:00", "NaN is read as the local epoch, as Export always did")
        #expect(BeijingTime.format(.distantFuture).hasPrefix("4001-"))
        #expect(BeijingTime.format(Date(timeIntervalSince1970: -1)) == "1970-01-01 07:59")
        #expect(BeijingDay(containing: Date(timeIntervalSince1970: 1e300)).description == "9999-12-31")
        #expect(BeijingDay(containing: Date(timeIntervalSince1970: -1e300)).description == "0001-01-01")
    }

    @Test("a time is written yyyy-MM-dd HH:mm in Beijing time and read back in the forms people type")
    func timesAreWrittenAndReadInBeijingTime() throws {
        let closes = try Self.utc("2026-03-31T09:00:00Z")
        #expect(BeijingTime.format(closes) == "2026-03-31 17:00")
        #expect(BeijingTime.format(closes.addingTimeInterval(59)) == "2026-03-31 17:00", "seconds are truncated")
        #expect(BeijingTime.display(closes, .zh) == "2026-03-31 17:00（北京时间）")
        #expect(BeijingTime.display(closes, .en) == "2026-03-31 17:00 (Beijing time, UTC+8)")
        #expect(BeijingTime.rfc3339(closes) == "2026-03-31T17:00:00+08:00")
        for text in ["2026-03-31 17:00", " 2026-03-31T17:00 ", "2026-03-31T09:00:00Z", "2026-03-31T17:00:00+08:00"] {
            #expect(BeijingTime.parse(text) == closes, "\(text)")
        }
        #expect(BeijingTime.parse("2026-03-31") == BeijingDay(year: 2026, month: 3, day: 31)?.start)
        #expect(BeijingTime.parse("31/03/2026 17:00") == nil)
        #expect(BeijingTime.parse("") == nil)
    }
}
