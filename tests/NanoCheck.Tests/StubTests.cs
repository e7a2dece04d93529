using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NanoCheck.Listing;
using NanoCheck.Stubs;
using Xunit;

namespace NanoCheck.Tests
{
    /// <summary>The stub assemblies generated from the listing.</summary>
    public sealed class StubTests
    {
        private static readonly string[] GenericDelegates =
        {
            "System.Action`1", "System.Action`2", "System.Func`1", "System.Func`2", "System.Func`3", "System.EventHandler`1",
        };

        [Fact]
        public void StubsLeaveOutGenericDelegates()
        {
            IReadOnlyList<string> types = MemberReferences.TypeDefinitions(Samples.Checker.Stubs.GetImage("mscorlib"));

            Assert.Contains("System.Action", types);
            Assert.Contains("System.EventHandler", types);
            foreach (string generic in GenericDelegates)
            {
                Assert.DoesNotContain(generic, types);
            }

            Assert.DoesNotContain(types, t => t.Contains('`', StringComparison.Ordinal));
        }

        [Fact]
        public void StubsCompileForEveryListedAssembly()
        {
            ApiListing listing = ApiListing.Load(ApiListing.DefaultPath);
            IReadOnlyList<StubAssembly> stubs = StubCompiler.Build(listing);

            Assert.Equal(22, stubs.Count);
            Assert.Equal(listing.Assemblies, stubs.Select(s => s.Name));
            Assert.All(stubs, s => Assert.NotEmpty(s.Image));
            Assert.Empty(stubs.Single(s => s.Name == "mscorlib").Dependencies);
            Assert.Contains("System.Net", stubs.Single(s => s.Name == "System.Device.Wifi").Dependencies);
            Assert.Contains("Windows.Storage.Streams", stubs.Single(s => s.Name == "Windows.Storage").Dependencies);
        }

        [Fact]
        public void StubsKeepNonPublicConstructorsNonPublic()
        {
            string source = new StubSourceGenerator(StubModel.Build(ApiListing.Load(ApiListing.DefaultPath))).Generate("System.Device.Gpio", "1.1.62.0");

            Assert.Contains("internal extern GpioPin(global::System.Int32 pinNumber);", source, StringComparison.Ordinal);
            Assert.DoesNotContain("public extern GpioPin(", source, StringComparison.Ordinal);
        }

        [Fact]
        public void StubCacheReusesCompiledStubs()
        {
            string root = Path.Combine(Path.GetTempPath(), "nanocheck-test-cache-" + Guid.NewGuid().ToString("N"));
            try
            {
                StubSet first = StubCache.Load(ApiListing.DefaultPath, root);
                StubSet second = StubCache.Load(ApiListing.DefaultPath, root);

                Assert.False(first.FromCache);
                Assert.True(second.FromCache);
                Assert.Equal(first.GetImage("mscorlib"), second.GetImage("mscorlib"));
                Assert.True(File.Exists(Path.Combine(second.CacheDirectory!, "System.Net.dll")));
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }

        [Fact]
        public void ParsesParameterModifiersAndDefaults()
        {
            ApiListing listing = ApiListing.Load(ApiListing.DefaultPath);
            ApiLine reboot = listing.Lines.Single(l => l.Type == "nanoFramework.Runtime.Native.Power" && l.Signature == "RebootDevice(System.Int32,nanoFramework.Runtime.Native.RebootOption)");
            ApiLine tryParse = listing.Lines.Single(l => l.Type == "System.Int32" && l.Signature.StartsWith("TryParse(", StringComparison.Ordinal));

            Assert.Equal("nanoFramework.Runtime.Native.RebootOption.NormalReboot", reboot.Parameters[1].DefaultValue);
            Assert.Equal("out", tryParse.Parameters[1].Modifiers);
            Assert.Equal("result", tryParse.Parameters[1].Name);
        }
    }
}
