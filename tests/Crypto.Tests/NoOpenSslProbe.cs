using System;
using System.Collections.Generic;
using System.IO;
using Callhome.Boards.Linux;
using Callhome.Crypto.BouncyCastle;

namespace Callhome.Crypto.Tests
{
    /// <summary>
    /// Runs in a fresh child process (see <see cref="Program"/>): exercises every suite method with the real
    /// Linux entropy source, then reports anything of OpenSSL's in the process. A fresh process matters: the
    /// test host itself may load System.Security.Cryptography for its own reasons, and an in-process check
    /// would then blame the suite (or, run first, miss what a later test loads).
    /// <para>Two signs are checked, either of which the firmware must never show: a managed assembly named
    /// System.Security.Cryptography* (BouncyCastle's default SecureRandom gets its seed there, and loading
    /// it is the first step to OpenSSL), and a mapping in /proc/self/maps of libssl, libcrypto or .NET's
    /// OpenSSL shim. The "control" mode also touches BouncyCastle's default <c>new SecureRandom()</c>, to
    /// show that the probe does see the regression it is meant to catch.</para>
    /// </summary>
    internal static class NoOpenSslProbe
    {
        internal const int Clean = 0;
        internal const int OpenSslFound = 3;

        internal static int Run(string mode)
        {
            var loads = new List<string>();
            AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
            {
                lock (loads)
                {
                    loads.Add(e.LoadedAssembly.GetName().Name ?? "?");
                }
            };

            var source = new GetRandomEntropySource();
            var suite = new BouncyCastleSuite(source);
            SuiteExercise.Deterministic(suite);
            SuiteExercise.DrawingEntropy(suite, source);
            Console.WriteLine("exercised every suite method");

            if (mode == "control")
            {
                try
                {
                    new Org.BouncyCastle.Security.SecureRandom().NextBytes(new byte[8]);
                    Console.WriteLine("control: used BouncyCastle's default SecureRandom");
                }
#pragma warning disable CA1031 // A machine without OpenSSL throws here; the load is what we look for.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    Console.WriteLine("control: BouncyCastle's default SecureRandom threw " + e.GetType().Name);
                }
            }

            var findings = new List<string>();
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            {
                string name = assembly.GetName().Name ?? string.Empty;
                if (name.StartsWith("System.Security.Cryptography", StringComparison.Ordinal))
                {
                    findings.Add("assembly loaded: " + name);
                }
            }

            foreach (string line in File.ReadAllLines("/proc/self/maps"))
            {
                if (line.Contains("libssl", StringComparison.Ordinal)
                    || line.Contains("libcrypto", StringComparison.Ordinal)
                    || line.Contains("Cryptography.Native", StringComparison.Ordinal))
                {
                    string path = line.Substring(line.LastIndexOf(' ') + 1);
                    if (!findings.Contains("mapped: " + path))
                    {
                        findings.Add("mapped: " + path);
                    }
                }
            }

            lock (loads)
            {
                Console.WriteLine("assemblies loaded while exercising: " + string.Join(", ", loads));
            }

            foreach (string finding in findings)
            {
                Console.WriteLine(finding);
            }

            Console.WriteLine(findings.Count == 0 ? "no OpenSSL" : "OpenSSL found");
            return findings.Count == 0 ? Clean : OpenSslFound;
        }
    }
}
