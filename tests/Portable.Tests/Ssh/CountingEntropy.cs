using Callhome.Hal;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>Predictable "random" bytes (a running counter) so framing and codecs are reproducible.</summary>
    internal sealed class CountingEntropy : IEntropySource
    {
        private byte next;

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = next++;
            }
        }
    }
}
