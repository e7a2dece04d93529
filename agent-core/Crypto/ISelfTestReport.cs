namespace Callhome.AgentCore.Crypto
{
    /// <summary>Receives one line per known-answer test of <see cref="CryptoSelfTest.Run"/> (the boot log, a
    /// test's output).</summary>
    public interface ISelfTestReport
    {
        void Report(string name, bool passed);
    }
}
