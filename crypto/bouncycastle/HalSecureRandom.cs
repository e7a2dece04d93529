using System;
using System.Buffers.Binary;
using Callhome.Hal;
using Org.BouncyCastle.Security;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// A <see cref="SecureRandom"/> whose every output comes from the HAL entropy source. BouncyCastle's base
    /// class serves some members from its static state: <c>GenerateSeed</c> from a static master generator,
    /// and <c>NextDouble</c> (hence <c>Next(int)</c>) from a static constant whose first use builds that
    /// master generator, which seeds from System.Security.Cryptography, i.e. OpenSSL. So every virtual
    /// member of <see cref="SecureRandom"/> and <see cref="Random"/> is overridden here to read the HAL source
    /// directly, and the base constructor used touches no static state (tests/Crypto.Tests proves it in a
    /// child process that calls each member).
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

        public override void GenerateSeed(Span<byte> seed) => halGenerator.NextBytes(seed);

        /// <summary>Seeding cannot weaken or strengthen the HAL source; ignored, as by the generator.</summary>
        public override void SetSeed(byte[] seed)
        {
        }

        public override void SetSeed(Span<byte> seed)
        {
        }

        public override void SetSeed(long seed)
        {
        }

        public override void NextBytes(byte[] buf) => halGenerator.NextBytes(buf);

        public override void NextBytes(byte[] buf, int off, int len) => halGenerator.NextBytes(buf, off, len);

        public override void NextBytes(Span<byte> buffer) => halGenerator.NextBytes(buffer);

        public override int NextInt() => (int)NextUInt32();

        public override long NextLong() => (long)NextUInt64();

        /// <summary>[0, int.MaxValue).</summary>
        public override int Next()
        {
            while (true)
            {
                int value = (int)(NextUInt32() >> 1);
                if (value != int.MaxValue)
                {
                    return value;
                }
            }
        }

        public override int Next(int maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
            return maxValue <= 1 ? 0 : (int)Below((ulong)maxValue);
        }

        public override int Next(int minValue, int maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
            ulong range = (ulong)((long)maxValue - minValue);
            return range <= 1 ? minValue : (int)(minValue + (long)Below(range));
        }

        /// <summary>[0, long.MaxValue).</summary>
        public override long NextInt64()
        {
            while (true)
            {
                long value = (long)(NextUInt64() >> 1);
                if (value != long.MaxValue)
                {
                    return value;
                }
            }
        }

        public override long NextInt64(long maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
            return maxValue <= 1 ? 0 : (long)Below((ulong)maxValue);
        }

        public override long NextInt64(long minValue, long maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
            ulong range = unchecked((ulong)(maxValue - minValue));
            return range <= 1 ? minValue : unchecked(minValue + (long)Below(range));
        }

        /// <summary>53 random bits in [0, 1).</summary>
        public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        /// <summary>24 random bits in [0, 1).</summary>
        public override float NextSingle() => (NextUInt32() >> 8) * (1.0f / (1 << 24));

        protected override double Sample() => NextDouble();

        private uint NextUInt32()
        {
            byte[] bytes = new byte[4];
            halGenerator.NextBytes(bytes);
            return BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        }

        private ulong NextUInt64()
        {
            byte[] bytes = new byte[8];
            halGenerator.NextBytes(bytes);
            return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        }

        /// <summary>Uniform in [0, bound), bound &gt; 0, by rejecting the 2^64 mod bound lowest values.</summary>
        private ulong Below(ulong bound)
        {
            ulong threshold = (0UL - bound) % bound;
            while (true)
            {
                ulong value = NextUInt64();
                if (value >= threshold)
                {
                    return value % bound;
                }
            }
        }
    }
}
