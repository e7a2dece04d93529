using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Security.Cryptography;
using Callhome.Hal;

namespace Callhome.TestSupport
{
    /// <summary>The host's entropy for tests: the operating system's CSPRNG.</summary>
    public sealed class SystemEntropy : IEntropySource
    {
        public void GetBytes(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            RandomNumberGenerator.Fill(buffer.AsSpan(offset, count));
        }
    }

    /// <summary>A monotonic clock that starts at 0 when created.</summary>
    public sealed class TestClock : IMonotonicClock
    {
        private readonly Stopwatch watch = Stopwatch.StartNew();

        public long ElapsedMilliseconds => watch.ElapsedMilliseconds;
    }

    /// <summary>The HAL key store in memory.</summary>
    public sealed class MemoryKeyStore : IKeyStore
    {
        private readonly Dictionary<string, byte[]> slots = new();

        public int Read(string slot, byte[] buffer, int offset, int count)
        {
            if (!slots.TryGetValue(slot, out byte[]? value))
            {
                return -1;
            }

            Array.Copy(value, 0, buffer, offset, Math.Min(count, value.Length));
            return value.Length;
        }

        public void Write(string slot, byte[] buffer, int offset, int count)
        {
            slots[slot] = buffer.AsSpan(offset, count).ToArray();
        }

        public bool Delete(string slot) => slots.Remove(slot);
    }
}
