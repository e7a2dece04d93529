namespace Callhome.Hal
{
    /// <summary>
    /// The only source of randomness the agent uses (keys, KEX ephemerals, padding, cookies): a hardware TRNG
    /// on a microcontroller, getrandom(2) on Linux. It blocks rather than return weak bytes.
    /// </summary>
    public interface IEntropySource
    {
        void GetBytes(byte[] buffer, int offset, int count);
    }
}
