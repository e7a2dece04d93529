namespace Callhome.AgentCore.Netconf.Framing
{
    /// <summary>RFC 6242 §4: every session starts with end-of-message framing (base:1.0) and switches to
    /// chunked framing after the hello exchange when both peers announced base:1.1 (§4.1).</summary>
    public enum FramingMode
    {
        EndOfMessage = 0,
        Chunked = 1,
    }
}
