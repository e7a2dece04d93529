using System;
using Callhome.AgentCore.Crypto;
using Callhome.Crypto.BouncyCastle;
using Callhome.Hal;

namespace Callhome.Firmware.Native
{
    /// <summary>The one place the NativeAOT firmware picks its crypto backend (BouncyCastle by default).</summary>
    public static class CryptoBackends
    {
        public const string Default = "bouncycastle";

        /// <summary>The backend --crypto names (default BouncyCastle), drawing from the board's entropy.</summary>
        public static ICryptoSuite FromCommandLine(CommandLine line, IEntropySource entropy)
        {
            ArgumentNullException.ThrowIfNull(line);
            return Create(line.Get("crypto", Default), entropy);
        }

        public static ICryptoSuite Create(string name, IEntropySource entropy)
        {
            return name switch
            {
                "bouncycastle" => new BouncyCastleSuite(entropy),
                _ => throw new ArgumentException("unknown crypto backend '" + name + "' (available: bouncycastle)"),
            };
        }
    }
}
