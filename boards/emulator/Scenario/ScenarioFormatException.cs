using System;

namespace Callhome.Boards.Emulator.Scenario
{
    /// <summary>A scenario line that does not parse, or an event the board cannot take; the message starts
    /// with "line N:" so the author finds it.</summary>
    public sealed class ScenarioFormatException : Exception
    {
        public ScenarioFormatException()
        {
        }

        public ScenarioFormatException(string message)
            : base(message)
        {
        }

        public ScenarioFormatException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public ScenarioFormatException(int line, string message)
            : base("line " + line + ": " + message)
        {
            Line = line;
        }

        public int Line { get; }
    }
}
