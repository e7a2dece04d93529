using System;
using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Ssh.Kex
{
    /// <summary>One run of an ephemeral Diffie-Hellman style key exchange (per-session state of a KexAlgorithm).</summary>
    public interface IKeyExchangeMethod : IDisposable
    {
        /// <summary>Our ephemeral public value (Q_C for a client).</summary>
        byte[] PublicKey { get; }

        /// <summary>The shared secret K as an unsigned big-endian magnitude (hashed as an mpint). Throws
        /// SshProtocolException when the peer's value is malformed or yields an all-zero secret.</summary>
        byte[] ComputeSharedSecret(byte[] peerPublicKey);

        /// <summary>The exchange hash and key derivation function HASH of RFC 4253 §7.2.</summary>
        IHashFunction CreateHash();
    }
}
