using System;
using System.Security.Cryptography;
using Callhome.Hal;

namespace Callhome.Interop.Tests.Support
{
    /// <summary>Test-only entropy for the host: the OS CSPRNG behind <see cref="RandomNumberGenerator"/>.</summary>
    internal sealed class SystemEntropySource : IEntropySource
    {
        public void GetBytes(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            RandomNumberGenerator.Fill(buffer.AsSpan(offset, count));
        }
    }
}
