using System;
using System.IO;
using Callhome.Netconf.Tests.Support;
using Xunit;

namespace Callhome.Netconf.Tests.Yang
{
    /// <summary>Replies of the emulated devices, validated by yanglint as instance data of our modules: the
    /// schema the device compiles by hand and the .yang modules must agree.</summary>
    public class ReplyValidationTests
    {
        [SkippableTheory]
        [InlineData("<get/>", "get")]
        [InlineData("<get-config><source><running/></source></get-config>", "getconfig")]
        public void PduRepliesAreValidInstanceData(string operation, string type)
        {
            Skip.IfNot(Yanglint.Available, "yanglint is not installed (tools/setup.sh installs libyang2-tools)");
            using var device = new NetconfDeviceUnderTest(string.Empty);
            device.Pdu.Controller.SwitchOn(2, 0);
            device.Pdu.Adc[1].Millivolts = 500;
            device.Pdu.Controller.Poll();
            using var manager = new InMemoryManager(device.Server);
            string data = InMemoryManager.DataContent(manager.Rpc(operation));
            Assert.Contains("<outlet>", data, StringComparison.Ordinal);
            AssertValid(data, type, "callhome-pdu.yang", "callhome-system.yang");
        }

        [SkippableTheory]
        [InlineData(false)]
        [InlineData(true)]
        public void UpsAndPrinterGetRepliesAreValidInstanceData(bool alarming)
        {
            Skip.IfNot(Yanglint.Available, "yanglint is not installed (tools/setup.sh installs libyang2-tools)");
            var device = new EmulatedUpsAndPrinter();
            device.FuelGauge.StateOfChargeMillipercent = 87000;
            device.PowerMonitor.BusMillivolts = 26800;
            device.Mains.Millivolts = alarming ? 0 : 2500;
            device.Temperature.Millivolts = 750;
            device.Engine.SetSupply(0, alarming ? 4 : 80);
            if (alarming)
            {
                device.Engine.Raise(Callhome.Hal.Drivers.PrinterEngine.PrinterAlerts.PaperJam | Callhome.Hal.Drivers.PrinterEngine.PrinterAlerts.TonerLow);
            }

            device.Poll();
            device.Poll();
            using var manager = new InMemoryManager(device.Server);
            string data = InMemoryManager.DataContent(manager.Rpc("<get/>"));
            Assert.Contains("<charge-remaining>", data, StringComparison.Ordinal);
            Assert.Contains("<supply>", data, StringComparison.Ordinal);
            if (alarming)
            {
                Assert.Contains("<alarm>on-battery</alarm>", data, StringComparison.Ordinal);
                Assert.Contains("<alert>paper-jam</alert>", data, StringComparison.Ordinal);
            }

            AssertValid(data, "get", "callhome-ups.yang", "callhome-printer.yang");
            string selfTest = manager.Rpc("<start-self-test xmlns=\"urn:callhome:yang:callhome-ups\"/>");
            Assert.Contains(alarming ? "<error-tag>in-use</error-tag>" : "<ok/>", selfTest, StringComparison.Ordinal);
            Assert.Contains("<ok/>", manager.Rpc("<clear-alerts xmlns=\"urn:callhome:yang:callhome-printer\"/>"), StringComparison.Ordinal);
            Assert.DoesNotContain("<alert>paper-jam</alert>", manager.Rpc("<get/>"), StringComparison.Ordinal);
        }

        [SkippableFact]
        public void YanglintCatchesAReplyThatBreaksTheModule()
        {
            Skip.IfNot(Yanglint.Available, "yanglint is not installed");
            using var device = new NetconfDeviceUnderTest(string.Empty);
            using var manager = new InMemoryManager(device.Server);
            string data = InMemoryManager.DataContent(manager.Rpc("<get/>"));
            string broken = data.Replace("<state>off</state>", "<state>maybe</state>", StringComparison.Ordinal);
            Assert.NotEqual(data, broken);
            Assert.NotEqual(0, Validate(broken, "get", "callhome-pdu.yang", "callhome-system.yang").ExitCode);
        }

        internal static void AssertValid(string data, string type, params string[] modules)
        {
            var (exitCode, output) = Validate(data, type, modules);
            Assert.True(exitCode == 0, "yanglint -t " + type + ": exit " + exitCode + "\n" + output + "\n" + data);
        }

        private static (int ExitCode, string Output) Validate(string data, string type, params string[] modules)
        {
            string file = Path.Combine(Path.GetTempPath(), "callhome-reply-" + Guid.NewGuid().ToString("N") + ".xml");
            File.WriteAllText(file, data);
            try
            {
                var arguments = new System.Collections.Generic.List<string> { "-p", Yanglint.ModuleFolder, "-t", type };
                foreach (string module in modules)
                {
                    arguments.Add(Path.Combine(Yanglint.ModuleFolder, module));
                }

                arguments.Add(file);
                return Yanglint.Run(arguments.ToArray());
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
