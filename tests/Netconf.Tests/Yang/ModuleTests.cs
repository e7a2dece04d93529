using System.IO;
using Xunit;

namespace Callhome.Netconf.Tests.Yang
{
    /// <summary>Every module of ours compiles with yanglint, strictly (warnings count too).</summary>
    public class ModuleTests
    {
        public static TheoryData<string> ModuleNames()
        {
            var names = new TheoryData<string>();
            foreach (string path in Yanglint.Modules)
            {
                names.Add(Path.GetFileName(path));
            }

            return names;
        }

        [Fact]
        public void TheProjectHasItsSixModules()
        {
            Assert.Equal(6, Yanglint.Modules.Length);
        }

        [SkippableTheory]
        [MemberData(nameof(ModuleNames))]
        public void ModuleCompilesWithYanglint(string module)
        {
            Skip.IfNot(Yanglint.Available, "yanglint is not installed (tools/setup.sh installs libyang2-tools)");
            var (exitCode, output) = Yanglint.Run("-p", Yanglint.ModuleFolder, Path.Combine(Yanglint.ModuleFolder, module));
            Assert.True(exitCode == 0 && output.Trim().Length == 0, module + ": exit " + exitCode + "\n" + output);
        }

        [SkippableFact]
        public void YanglintRefusesAModuleWithAnError()
        {
            Skip.IfNot(Yanglint.Available, "yanglint is not installed");
            string broken = Path.Combine(Path.GetTempPath(), "callhome-broken-" + System.Guid.NewGuid().ToString("N") + ".yang");
            File.WriteAllText(broken, "module broken { namespace \"urn:x\"; prefix b; leaf x { type no-such-type; } }");
            try
            {
                Assert.NotEqual(0, Yanglint.Run(broken).ExitCode);
            }
            finally
            {
                File.Delete(broken);
            }
        }
    }
}
