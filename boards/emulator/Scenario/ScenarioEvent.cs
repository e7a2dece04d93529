namespace Callhome.Boards.Emulator.Scenario
{
    /// <summary>One parsed line: what happens, when, and its arguments (units in the names).</summary>
    public sealed class ScenarioEvent
    {
        public ScenarioEvent(int line, long atMilliseconds, ScenarioEventKind kind)
        {
            Line = line;
            AtMilliseconds = atMilliseconds;
            Kind = kind;
        }

        public int Line { get; }

        public long AtMilliseconds { get; }

        public ScenarioEventKind Kind { get; }

        /// <summary>The board the line names (ups, pdu, printer), or empty: every board that can take the event.</summary>
        public string Device { get; init; } = string.Empty;

        /// <summary>Outlet number (1-based) for OutletLoad; page count for Print; supply (0 black … 3 yellow) for TonerLevel.</summary>
        public int Number { get; init; }

        /// <summary>Milliamps (OutletLoad), watts (UpsLoad), 0.1 °C (Ambient), percent (TonerLevel).</summary>
        public int Value { get; init; }

        /// <summary>The chip name for sensor events: ina219, max17048, mcp23017, printer-engine.</summary>
        public string Chip { get; init; } = string.Empty;

        /// <summary>The same event addressed to one board.</summary>
        public ScenarioEvent ForDevice(string device) => new ScenarioEvent(Line, AtMilliseconds, Kind)
        {
            Device = device,
            Number = Number,
            Value = Value,
            Chip = Chip,
        };

        public override string ToString() => "line " + Line + ": " + Kind + " at " + AtMilliseconds + " ms";
    }
}
