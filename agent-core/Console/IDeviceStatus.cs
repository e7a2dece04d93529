namespace Callhome.AgentCore.Console
{
    /// <summary>
    /// What the console's `status` command prints: the device model's live readings. The board's composition
    /// root implements it over its model (taking whatever lock its poll loop holds while reading).
    /// </summary>
    public interface IDeviceStatus
    {
        /// <summary>Writes one summary line, then detail lines indented by two spaces.</summary>
        void WriteStatus(StatusLines lines);
    }
}
