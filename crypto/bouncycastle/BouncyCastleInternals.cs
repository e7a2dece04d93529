using System.Runtime.CompilerServices;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// The three BouncyCastle fields this backend reaches past the public API, through
    /// <see cref="UnsafeAccessorAttribute"/> (compiled to direct field access; no reflection, so trimming and
    /// NativeAOT keep working):
    /// <list type="bullet">
    /// <item><c>Salsa20Engine.engineState</c>: ChaCha20's 16-word state. The engine has no API to set the
    /// block counter (it always restarts at 0) and takes a nonce only through a fresh
    /// <c>ParametersWithIV</c>, which copies it twice; <see cref="OpenSshChaChaEngine"/> writes words 12-15
    /// directly, which gives <see cref="Callhome.AgentCore.Crypto.IChaCha20.Start"/> any 64-bit counter and
    /// costs no allocation per packet. Also wiped on Dispose.</item>
    /// <item><c>Salsa20Engine.keyStream</c>: the buffered key-stream block, wiped on Dispose.</item>
    /// <item><c>KeyParameter.m_key</c>: the parameter's private copy of the key, so one parameter object can
    /// carry every Poly1305 one-time key (and be zeroed after each <c>Init</c>) instead of a new copy of
    /// the key per packet lingering in the heap; also used to wipe the copies made at AES/HMAC keying.</item>
    /// </list>
    /// The package version is pinned in Directory.Packages.props; if an upgrade renames a field, the first
    /// use throws <see cref="System.MissingFieldException"/> and the vector tests fail.
    /// </summary>
    internal static class BouncyCastleInternals
    {
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "engineState")]
        internal static extern ref uint[] EngineState(Salsa20Engine engine);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "keyStream")]
        internal static extern ref byte[] KeyStream(Salsa20Engine engine);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "m_key")]
        internal static extern ref byte[] KeyBytes(KeyParameter parameter);

        /// <summary>Zeroes a key parameter's private copy of the key once the engine has taken it in.</summary>
        internal static void Wipe(KeyParameter parameter)
        {
            System.Array.Clear(KeyBytes(parameter));
        }
    }
}
