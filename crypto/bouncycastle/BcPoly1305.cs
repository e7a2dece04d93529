using System;
using Callhome.AgentCore.Crypto;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// Poly1305 over BouncyCastle's <see cref="Poly1305"/>, whose Init wants a <see cref="KeyParameter"/>.
    /// Instead of a new parameter per message (an object and a copy of the one-time key, left unwiped in the
    /// heap), one parameter is refilled through its private key array, handed to Init, and zeroed at once;
    /// Finish re-inits with that zeroed key so the engine forgets r and s. Nothing is allocated per message.
    /// </summary>
    internal sealed class BcPoly1305 : IPoly1305
    {
        private const int KeyLength = 32;
        private const int TagLength = 16;

        private readonly Poly1305 poly = new();
        private readonly KeyParameter parameter = new(new byte[KeyLength]);
        private readonly byte[] parameterKey;
        private bool started;
        private bool disposed;

        internal BcPoly1305()
        {
            parameterKey = BouncyCastleInternals.KeyBytes(parameter);
            if (parameterKey.Length != KeyLength)
            {
                throw new InvalidOperationException("unexpected BouncyCastle KeyParameter layout");
            }
        }

        public void Start(byte[] key, int offset)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(key, offset, KeyLength, nameof(key));
            Array.Copy(key, offset, parameterKey, 0, KeyLength);
            poly.Init(parameter);
            Array.Clear(parameterKey);
            started = true;
        }

        public void Update(byte[] data, int offset, int count)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(data, offset, count, nameof(data));
            EnsureStarted();
            poly.BlockUpdate(data, offset, count);
        }

        public void Finish(byte[] tag, int offset)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(tag, offset, TagLength, nameof(tag));
            EnsureStarted();
            poly.DoFinal(tag, offset);
            Forget();
        }

        public void Dispose()
        {
            if (!disposed)
            {
                if (started)
                {
                    Forget();
                }

                disposed = true;
            }
        }

        private void Forget()
        {
            poly.Init(parameter);
            started = false;
        }

        private void EnsureStarted()
        {
            if (!started)
            {
                throw new InvalidOperationException("Start must set the one-time key first");
            }
        }
    }
}
