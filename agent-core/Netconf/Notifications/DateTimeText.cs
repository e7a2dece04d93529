using System;

namespace Callhome.AgentCore.Netconf.Notifications
{
    /// <summary>RFC 3339 date-time (YANG's ietf-yang-types date-and-time, RFC 5277's eventTime and startTime):
    /// written in UTC with 'Z'; read with fractional seconds and any offset, converted to UTC.</summary>
    public static class DateTimeText
    {
        public static string Format(DateTime utc)
        {
            return Pad(utc.Year, 4) + "-" + Pad(utc.Month, 2) + "-" + Pad(utc.Day, 2) + "T" + Pad(utc.Hour, 2) + ":"
                + Pad(utc.Minute, 2) + ":" + Pad(utc.Second, 2) + (utc.Millisecond != 0 ? "." + Pad(utc.Millisecond, 3) : string.Empty) + "Z";
        }

        /// <summary>date-time = full-date "T" full-time; full-time = hh:mm:ss[.frac](Z | ±hh:mm).</summary>
        public static bool TryParse(string text, out DateTime utc)
        {
            utc = DateTime.MinValue;
            string value = text.Trim();
            if (value.Length < 20 || value[4] != '-' || value[7] != '-' || (value[10] != 'T' && value[10] != 't')
                || value[13] != ':' || value[16] != ':')
            {
                return false;
            }

            int year = Number(value, 0, 4);
            int month = Number(value, 5, 2);
            int day = Number(value, 8, 2);
            int hour = Number(value, 11, 2);
            int minute = Number(value, 14, 2);
            int second = Number(value, 17, 2);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
            {
                return false;
            }

            int at = 19;
            long fractionTicks = 0;
            if (value[at] == '.')
            {
                at++;
                long scale = TimeSpan.TicksPerSecond;
                int start = at;
                while (at < value.Length && value[at] >= '0' && value[at] <= '9')
                {
                    scale /= 10;
                    fractionTicks += (value[at] - '0') * scale;
                    at++;
                }

                if (at == start)
                {
                    return false;
                }
            }

            long offsetMinutes;
            if (at == value.Length - 1 && (value[at] == 'Z' || value[at] == 'z'))
            {
                offsetMinutes = 0;
            }
            else if (at == value.Length - 6 && (value[at] == '+' || value[at] == '-') && value[at + 3] == ':')
            {
                int offsetHours = Number(value, at + 1, 2);
                int offsetMins = Number(value, at + 4, 2);
                if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59)
                {
                    return false;
                }

                offsetMinutes = (offsetHours * 60) + offsetMins;
                offsetMinutes = value[at] == '-' ? -offsetMinutes : offsetMinutes;
            }
            else
            {
                return false;
            }

            // A leap second (:60) is read as the next second's start.
            DateTime local = new DateTime(year, month, day, hour, minute, second == 60 ? 59 : second).AddSeconds(second == 60 ? 1 : 0);
            utc = new DateTime(local.Ticks + fractionTicks - (offsetMinutes * TimeSpan.TicksPerMinute));
            return true;
        }

        private static int Number(string text, int start, int count)
        {
            int value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private static string Pad(int value, int width)
        {
            string text = value.ToString();
            while (text.Length < width)
            {
                text = "0" + text;
            }

            return text;
        }
    }
}
