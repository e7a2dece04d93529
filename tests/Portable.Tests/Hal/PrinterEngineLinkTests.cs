using Callhome.Hal.Drivers.PrinterEngine;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Hal
{
    /// <summary>Our printer-engine protocol (hal/Drivers/PrinterEngine/README.md), byte by byte.</summary>
    [TestClass]
    public class PrinterEngineLinkTests
    {
        private const int Address = PrinterEngineLink.DefaultAddress;

        // State printing; alerts toner low + paper jam; K 42 %, C 100 %, M 0 %, Y not fitted; 1 234 567 pages.
        private const string Snapshot = "01" + "02" + "0009" + "2a6400ff" + "0012d687";

        [TestMethod]
        public void DecodesTheSnapshotBlock()
        {
            var bus = new RegisterFileBus(Address);
            bus.Set(0x00, Snapshot);
            var link = new PrinterEngineLink(bus, Address);
            var status = new PrinterEngineStatus();
            Assert.IsTrue(link.TryInitialize());
            Assert.IsTrue(link.TryReadStatus(status));
            Assert.AreEqual((int)EngineState.Printing, (int)status.State);
            Assert.AreEqual(PrinterAlerts.TonerLow | PrinterAlerts.PaperJam, status.Alerts);
            Assert.AreEqual(42, status.SupplyLevel(0));
            Assert.AreEqual(100, status.SupplyLevel(1));
            Assert.AreEqual(0, status.SupplyLevel(2));
            Assert.AreEqual(PrinterEngineStatus.SupplyAbsent, status.SupplyLevel(3));
            Assert.AreEqual(1234567L, status.PageCount);
        }

        [TestMethod]
        public void PageCountIsUnsigned()
        {
            var bus = new RegisterFileBus(Address);
            bus.Set(0x00, "01" + "00" + "0000" + "00000000" + "fffffffe");
            var status = new PrinterEngineStatus();
            Assert.IsTrue(new PrinterEngineLink(bus, Address).TryReadStatus(status));
            Assert.AreEqual(4294967294L, status.PageCount);
        }

        [TestMethod]
        [DataRow("01" + "05" + "0000" + "00000000" + "00000000")]
        [DataRow("01" + "00" + "0000" + "65000000" + "00000000")]
        [DataRow("01" + "00" + "0000" + "000000fe" + "00000000")]
        public void AnOutOfRangeFieldIsAFaultAndLeavesTheStatusAlone(string block)
        {
            var bus = new RegisterFileBus(Address);
            bus.Set(0x00, block);
            var status = new PrinterEngineStatus();
            status.PageCount = 7;
            Assert.IsFalse(new PrinterEngineLink(bus, Address).TryReadStatus(status));
            Assert.AreEqual(7L, status.PageCount);
        }

        [TestMethod]
        public void InitializeRequiresProtocolVersion1()
        {
            var bus = new RegisterFileBus(Address);
            bus.Set(0x00, "02");
            Assert.IsFalse(new PrinterEngineLink(bus, Address).TryInitialize());
        }

        [TestMethod]
        public void ClearingAlertsWritesOnesToAlertClear()
        {
            var bus = new RegisterFileBus(Address);
            Assert.IsTrue(new PrinterEngineLink(bus, Address).TryClearAlerts(PrinterAlerts.FuserFault | PrinterAlerts.PaperJam));
            Assert.AreEqual("0c0021", bus.LastWrite);
        }

        [TestMethod]
        public void NackMakesEveryOperationFalse()
        {
            var bus = new RegisterFileBus(Address);
            bus.Set(0x00, Snapshot);
            bus.Absent = true;
            var link = new PrinterEngineLink(bus, Address);
            Assert.IsFalse(link.TryInitialize());
            Assert.IsFalse(link.TryReadStatus(new PrinterEngineStatus()));
            Assert.IsFalse(link.TryClearAlerts(1));
        }
    }
}
