using System;
using Callhome.AgentCore.Netconf.Notifications;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>RFC 3339 date-time as NETCONF notifications use it.</summary>
    [TestClass]
    public class DateTimeTextTests
    {
        [TestMethod]
        public void FormatsUtcWithZ()
        {
            Assert.AreEqual("2007-07-08T00:01:00Z", DateTimeText.Format(new DateTime(2007, 7, 8, 0, 1, 0)));
            Assert.AreEqual("2026-12-04T15:51:43.250Z", DateTimeText.Format(new DateTime(2026, 12, 4, 15, 51, 43, 250)));
        }

        [TestMethod]
        [DataRow("2007-07-08T00:01:00Z", 2007, 7, 8, 0, 1, 0)]
        [DataRow("2007-07-08t00:01:00z", 2007, 7, 8, 0, 1, 0)]
        [DataRow("2007-07-08T02:31:00+02:30", 2007, 7, 8, 0, 1, 0)]
        [DataRow("2007-07-07T23:01:00-01:00", 2007, 7, 8, 0, 1, 0)]
        [DataRow(" 2024-02-29T12:00:00Z ", 2024, 2, 29, 12, 0, 0)]
        [DataRow("2016-12-31T23:59:60Z", 2017, 1, 1, 0, 0, 0)]
        public void ParsesOffsetsIntoUtc(string text, int year, int month, int day, int hour, int minute, int second)
        {
            Assert.IsTrue(DateTimeText.TryParse(text, out DateTime utc), text);
            Assert.AreEqual(new DateTime(year, month, day, hour, minute, second).Ticks, utc.Ticks, text);
        }

        [TestMethod]
        public void ParsesFractionsOfASecond()
        {
            Assert.IsTrue(DateTimeText.TryParse("2007-07-08T00:01:00.1234567Z", out DateTime utc), "seven digits");
            Assert.AreEqual(new DateTime(2007, 7, 8, 0, 1, 0).Ticks + 1234567, utc.Ticks);
        }

        [TestMethod]
        [DataRow("2007-07-08 00:01:00Z")]
        [DataRow("2007-07-08T00:01:00")]
        [DataRow("2007-13-08T00:01:00Z")]
        [DataRow("2023-02-29T00:01:00Z")]
        [DataRow("2007-07-08T24:01:00Z")]
        [DataRow("2007-07-08T00:01:00.Z")]
        [DataRow("2007-07-08T00:01:00+0200")]
        [DataRow("2007-07-08T00:01:00+24:00")]
        [DataRow("yesterday")]
        [DataRow("")]
        public void RefusesWhatIsNotADateTime(string text)
        {
            Assert.IsFalse(DateTimeText.TryParse(text, out DateTime _), text);
        }
    }
}
