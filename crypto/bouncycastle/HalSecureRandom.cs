using System;
using Callhome.Hal;
using Org.BouncyCastle.Security;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// A <see cref="SecureRandom"/> whose every byte comes from the HAL entropy source. Beyond
    /// <see cref="HalRandomGenerator"/> it overrides <see cref="GenerateSeed(int)"/>, which BouncyCastle's base
    /// class serves from its static master generator (System.Security.Cryptography, i.e. OpenSSL). The base
    /// constructor used here touches none of SecureRandom's static state, so that master generator is never
    /// created (tests/Crypto.Tests proves it in a child process).
    /// </summary>
    public sealed class HalSecureRandom : SecureRandom
    {
        private readonly HalRandomGenerator halGenerator;

        public HalSecureRandom(IEntropySource source)
            : this(new HalRandomGenerator(source))
        {
        }

        private HalSecureRandom(HalRandomGenerator generator)
            : base(generator)
        {
            halGenerator = generator;
        }

        public override byte[] GenerateSeed(int length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            byte[] seed = new byte[length];
            halGenerator.NextBytes(seed);
            return seed;
        }

        public override void GenerateSeed(Span<byte> seed)
        {
            halGenerator.NextBytes(seed);
        }

        /// <summary>Seeding cannot weaken or strengthen the HAL source; ignored as by the generator.</summary>
        public override void SetSeed(byte[] seed)
        {
        }

        public override void SetSeed(Span<byte> seed)
        {
        }

        public override void SetSeed(long seed)
        {
        }
    }
}
