using System;
using Callhome.AgentCore.Crypto;
using Callhome.Hal;
using Org.BouncyCastle.Crypto.Prng;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// BouncyCastle's random-generator interface over the HAL entropy source, so that BouncyCastle code which
    /// wants a <see cref="Org.BouncyCastle.Security.SecureRandom"/> draws from getrandom(2) or the board's
    /// TRNG. Use it through <see cref="HalSecureRandom"/>; never through BouncyCastle's default
    /// <c>new SecureRandom()</c> or <c>CryptoServicesRegistrar.GetSecureRandom()</c>, which seed from
    /// System.Security.Cryptography, i.e. OpenSSL, absent on the boards (docs/crypto.md).
    /// </summary>
    public sealed class HalRandomGenerator : IRandomGenerator
    {
        private readonly IEntropySource source;

        public HalRandomGenerator(IEntropySource source)
        {
            ArgumentNullException.ThrowIfNull(source);
            this.source = source;
        }

        // The source is a TRNG or the kernel's CSPRNG and is not seeded by callers; like BouncyCastle's own
        // OS-backed generator, this one ignores seed material rather than pretend to mix it in.
        public void AddSeedMaterial(byte[] seed)
        {
        }

        public void AddSeedMaterial(ReadOnlySpan<byte> seed)
        {
        }

        public void AddSeedMaterial(long seed)
        {
        }

        public void NextBytes(byte[] bytes)
        {
            ArgumentNullException.ThrowIfNull(bytes);
            source.GetBytes(bytes, 0, bytes.Length);
        }

        public void NextBytes(byte[] bytes, int start, int len)
        {
            Arguments.CheckRange(bytes, start, len, nameof(bytes));
            source.GetBytes(bytes, start, len);
        }

        public void NextBytes(Span<byte> bytes)
        {
            byte[] buffer = new byte[bytes.Length];
            try
            {
                source.GetBytes(buffer, 0, buffer.Length);
                buffer.CopyTo(bytes);
            }
            finally
            {
                Array.Clear(buffer);
            }
        }
    }
}
