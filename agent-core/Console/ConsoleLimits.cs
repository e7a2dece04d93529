namespace Callhome.AgentCore.Console
{
    /// <summary>The console's memory budget: one line buffer, bounded so a stuck or hostile sender cannot grow it.</summary>
    public static class ConsoleLimits
    {
        /// <summary>Fits "set manager " and four endpoints of the longest host ("[host]:65535" each) with commas.</summary>
        public const int MaxLineLength = 1100;

        /// <summary>Output is queued until the board's UART loop drains it; one reply is far below this.</summary>
        public const int InitialOutputCapacity = 1024;
    }
}
