namespace Callhome.AgentCore.Console
{
    /// <summary>What one received byte did to the line being assembled.</summary>
    public enum LineStatus
    {
        /// <summary>The byte was consumed; no line ended.</summary>
        Pending = 0,

        /// <summary>A line ended and is in <see cref="LineAssembler.Line"/>.</summary>
        Complete = 1,

        /// <summary>A line ended that was longer than the buffer; its text was discarded.</summary>
        TooLong = 2,

        /// <summary>A line ended that held bytes other than printable ASCII; its text was discarded.</summary>
        Binary = 3,
    }
}
