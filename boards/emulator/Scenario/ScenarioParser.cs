using System;
using System.Collections.Generic;
using System.Globalization;

namespace Callhome.Boards.Emulator.Scenario
{
    /// <summary>Parses the scenario format described in README.md here: one <c>at TIME EVENT</c> per line.</summary>
    public static class ScenarioParser
    {
        public static readonly string[] Chips = { "ina219", "max17048", "mcp23017", "printer-engine" };

        /// <summary>The device words a line may name after its time, to address one board of several.</summary>
        public static readonly string[] Devices = { "ups", "pdu", "printer" };

        /// <summary>The toner supplies in the order of the engine's supply registers.</summary>
        public static readonly string[] Colorants = { "black", "cyan", "magenta", "yellow" };

        public static IReadOnlyList<ScenarioEvent> Parse(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var events = new List<ScenarioEvent>();
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                int hash = line.IndexOf('#', StringComparison.Ordinal);
                if (hash >= 0)
                {
                    line = line.Substring(0, hash);
                }

                string[] words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0)
                {
                    events.Add(ParseLine(i + 1, words));
                }
            }

            // Stable: events at the same time keep their order in the file.
            var ordered = new List<ScenarioEvent>(events);
            ordered.Sort((a, b) => a.AtMilliseconds != b.AtMilliseconds ? a.AtMilliseconds.CompareTo(b.AtMilliseconds) : a.Line.CompareTo(b.Line));
            return ordered;
        }

        /// <summary>
        /// One event to apply now, as the control interface takes it: a scenario line without its
        /// <c>at TIME</c> (<c>mains fail</c>, <c>pdu outlet 3 overcurrent 12A</c>, <c>sensor ina219 stop-answering</c>).
        /// </summary>
        public static ScenarioEvent ParseImmediate(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                throw new ScenarioFormatException(1, "empty event");
            }

            if (words[0].Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                throw new ScenarioFormatException(1, "a control line applies now: leave out 'at TIME'");
            }

            var w = new string[words.Length + 2];
            w[0] = "at";
            w[1] = "0s";
            Array.Copy(words, 0, w, 2, words.Length);
            return ParseLine(1, w);
        }

        /// <summary>A non-negative duration with its unit, as scenario times are written: 250ms, 30s, 5m, 2h.</summary>
        public static long ParseDuration(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            return ParseTime(1, text.Trim());
        }

        private static ScenarioEvent ParseLine(int line, string[] w)
        {
            if (w.Length > 3 && Array.IndexOf(Devices, w[2].ToLowerInvariant()) >= 0)
            {
                string device = w[2].ToLowerInvariant();
                var rest = new string[w.Length - 1];
                rest[0] = w[0];
                rest[1] = w[1];
                Array.Copy(w, 3, rest, 2, w.Length - 3);
                return ParseLine(line, rest).ForDevice(device);
            }

            if (!w[0].Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                throw new ScenarioFormatException(line, "expected 'at TIME EVENT', got '" + w[0] + "'");
            }

            if (w.Length < 3)
            {
                throw new ScenarioFormatException(line, "expected 'at TIME EVENT'");
            }

            long at = ParseTime(line, w[1]);
            string what = string.Join(' ', w, 2, w.Length - 2).ToLowerInvariant();
            switch (what)
            {
                case "mains fail":
                    return new ScenarioEvent(line, at, ScenarioEventKind.MainsFail);
                case "mains restore":
                    return new ScenarioEvent(line, at, ScenarioEventKind.MainsRestore);
                case "paper jam":
                    return new ScenarioEvent(line, at, ScenarioEventKind.PaperJam);
                case "paper jam cleared":
                    return new ScenarioEvent(line, at, ScenarioEventKind.PaperJamCleared);
                case "paper out":
                    return new ScenarioEvent(line, at, ScenarioEventKind.PaperOut);
                case "door open":
                    return new ScenarioEvent(line, at, ScenarioEventKind.DoorOpen);
                case "door close":
                    return new ScenarioEvent(line, at, ScenarioEventKind.DoorClosed);
                default:
                    return ParseWithArguments(line, at, w);
            }
        }

        private static ScenarioEvent ParseWithArguments(int line, long at, string[] w)
        {
            string verb = w[2].ToLowerInvariant();
            if (verb == "load" && w.Length == 4)
            {
                return new ScenarioEvent(line, at, ScenarioEventKind.UpsLoad) { Value = ParseScaled(line, w[3], "W", 1) };
            }

            if (verb == "ambient" && w.Length == 4)
            {
                return new ScenarioEvent(line, at, ScenarioEventKind.Ambient) { Value = ParseScaled(line, w[3], "C", 10) };
            }

            if (verb == "outlet" && w.Length == 6)
            {
                string what = w[4].ToLowerInvariant();
                if (what != "load" && what != "overcurrent")
                {
                    throw new ScenarioFormatException(line, "expected 'outlet N load|overcurrent CURRENT', got '" + w[4] + "'");
                }

                int outlet = ParseCount(line, w[3], "outlet number");
                if (outlet < 1 || outlet > 16)
                {
                    throw new ScenarioFormatException(line, "outlet " + outlet + " is not 1 to 16");
                }

                return new ScenarioEvent(line, at, ScenarioEventKind.OutletLoad) { Number = outlet, Value = ParseScaled(line, w[5], "A", 1000) };
            }

            if (verb == "print" && w.Length == 5 && w[4].ToLowerInvariant() is "pages" or "page")
            {
                return new ScenarioEvent(line, at, ScenarioEventKind.Print) { Number = ParseCount(line, w[3], "page count") };
            }

            if (verb == "toner" && w.Length == 5)
            {
                int supply = Array.IndexOf(Colorants, w[3].ToLowerInvariant());
                if (supply < 0)
                {
                    throw new ScenarioFormatException(line, "unknown toner '" + w[3] + "' (known: " + string.Join(", ", Colorants) + ")");
                }

                int percent = ParseScaled(line, w[4], "%", 1);
                if (percent > 100)
                {
                    throw new ScenarioFormatException(line, "toner level " + w[4] + " is above 100%");
                }

                return new ScenarioEvent(line, at, ScenarioEventKind.TonerLevel) { Number = supply, Value = percent };
            }

            if (verb == "sensor" && w.Length == 5)
            {
                string chip = w[3].ToLowerInvariant();
                if (Array.IndexOf(Chips, chip) < 0)
                {
                    throw new ScenarioFormatException(line, "unknown sensor '" + w[3] + "' (known: " + string.Join(", ", Chips) + ")");
                }

                string state = w[4].ToLowerInvariant();
                if (state == "stop-answering")
                {
                    return new ScenarioEvent(line, at, ScenarioEventKind.SensorStopAnswering) { Chip = chip };
                }

                if (state == "answer")
                {
                    return new ScenarioEvent(line, at, ScenarioEventKind.SensorAnswer) { Chip = chip };
                }

                throw new ScenarioFormatException(line, "expected 'stop-answering' or 'answer', got '" + w[4] + "'");
            }

            throw new ScenarioFormatException(line, "unknown event '" + string.Join(' ', w, 2, w.Length - 2) + "'");
        }

        /// <summary>A non-negative integer with a unit: 250ms, 30s, 5m, 2h.</summary>
        private static long ParseTime(int line, string word)
        {
            string w = word.ToLowerInvariant();
            long scale;
            string digits;
            if (w.EndsWith("ms", StringComparison.Ordinal))
            {
                scale = 1;
                digits = w.Substring(0, w.Length - 2);
            }
            else if (w.Length > 1 && "smh".Contains(w[w.Length - 1], StringComparison.Ordinal))
            {
                char unit = w[w.Length - 1];
                scale = unit == 's' ? 1000 : unit == 'm' ? 60000 : 3600000;
                digits = w.Substring(0, w.Length - 1);
            }
            else
            {
                throw new ScenarioFormatException(line, "time '" + word + "' needs a unit: ms, s, m or h");
            }

            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value > long.MaxValue / scale)
            {
                throw new ScenarioFormatException(line, "bad time '" + word + "'");
            }

            return value * scale;
        }

        private static int ParseCount(int line, string word, string what)
        {
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                throw new ScenarioFormatException(line, "bad " + what + " '" + word + "'");
            }

            return value;
        }

        /// <summary>A decimal number with its unit (12A, 2.5A, 40W, -5C), returned × <paramref name="scale"/>.</summary>
        private static int ParseScaled(int line, string word, string unit, int scale)
        {
            if (!word.EndsWith(unit, StringComparison.OrdinalIgnoreCase)
                || !decimal.TryParse(word.AsSpan(0, word.Length - unit.Length), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture, out decimal value)
                || Math.Abs(value * scale) > 1000000000)
            {
                throw new ScenarioFormatException(line, "bad value '" + word + "' (expected a number in " + unit + ")");
            }

            int scaled = (int)Math.Round(value * scale);
            if (unit != "C" && scaled < 0)
            {
                throw new ScenarioFormatException(line, "'" + word + "' must not be negative");
            }

            return scaled;
        }
    }
}
