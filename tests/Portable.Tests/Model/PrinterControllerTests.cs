using Callhome.AgentCore.Model;
using Callhome.AgentCore.Model.Printer;
using Callhome.Hal.Drivers.PrinterEngine;
using Callhome.Portable.Tests.Hal;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Model
{
    /// <summary>Printer-MIB units (RFC 3805) and status mapping from our engine link's snapshot.</summary>
    [TestClass]
    public class PrinterControllerTests
    {
        private const int Address = PrinterEngineLink.DefaultAddress;

        // Version 1, state, alerts, supplies K C M Y, page count: see hal/Drivers/PrinterEngine/README.md.
        private static PrinterController Printer(RegisterFileBus bus, string stateAlertsSupplies)
        {
            bus.Set(0x00, "01" + stateAlertsSupplies + "00000123");
            var printer = new PrinterController(new PrinterEngineLink(bus, Address), 250);
            printer.Poll();
            return printer;
        }

        [TestMethod]
        public void ReportsSuppliesInPercentWithMinusTwoForAnAbsentOne()
        {
            var bus = new RegisterFileBus(Address);
            PrinterModel m = Printer(bus, "02" + "0000" + "645000ff").Model;
            Assert.AreEqual((int)PrinterStatus.Printing, (int)m.Status);
            Assert.AreEqual(291L, m.PageCount, "prtMarkerLifeCount");
            Assert.AreEqual(100, m.Supply(0).Level);
            Assert.AreEqual(100, m.Supply(0).MaxCapacity);
            Assert.AreEqual(80, m.Supply(1).Level);
            Assert.AreEqual(0, m.Supply(2).Level);
            Assert.IsFalse(m.Supply(3).Present);
            Assert.AreEqual(-2, m.Supply(3).Level, "prtMarkerSuppliesLevel unknown(-2)");
            Assert.AreEqual(-2, m.Supply(3).MaxCapacity);
            Assert.AreEqual("yellow", m.Supply(3).Colorant);
            Assert.AreEqual(-3, m.Tray(0).CurrentLevel, "prtInputCurrentLevel: at least one sheet");
            Assert.AreEqual(250, m.Tray(0).MaxCapacitySheets);
        }

        [TestMethod]
        public void EngineStatesMapToIdleWarmUpAndWarning()
        {
            Assert.AreEqual((int)PrinterStatus.Idle, (int)Printer(new RegisterFileBus(Address), "00" + "0000" + "64646464").Model.Status);
            Assert.AreEqual((int)PrinterStatus.Idle, (int)Printer(new RegisterFileBus(Address), "04" + "0000" + "64646464").Model.Status, "sleeping");
            Assert.AreEqual((int)PrinterStatus.WarmUp, (int)Printer(new RegisterFileBus(Address), "01" + "0000" + "64646464").Model.Status);
            Assert.AreEqual((int)PrinterStatus.Warning, (int)Printer(new RegisterFileBus(Address), "02" + "0008" + "08646464").Model.Status, "toner low");
        }

        [TestMethod]
        public void APaperJamIsAnErrorWithItsAlertAndOneEvent()
        {
            var bus = new RegisterFileBus(Address);
            PrinterController printer = Printer(bus, "00" + "0000" + "64646464");
            var events = new EventLog();
            printer.Model.Listeners.Add(events);
            bus.Set(0x01, "03" + "0001");
            printer.Poll();
            printer.Poll();
            Assert.AreEqual((int)PrinterStatus.Error, (int)printer.Model.Status);
            Assert.AreEqual(PrinterAlerts.PaperJam, printer.Model.Alerts);
            Assert.AreEqual(1, events.Count(ModelEvent.PaperJam));
        }

        [TestMethod]
        public void ClearAlertsValidatesThenWritesOneToClear()
        {
            var bus = new RegisterFileBus(Address);
            PrinterController printer = Printer(bus, "00" + "0008" + "08646464");
            Assert.AreEqual((int)ModelResult.BadValue, (int)printer.ClearAlerts(0));
            Assert.AreEqual((int)ModelResult.BadValue, (int)printer.ClearAlerts(0x0100), "not an alert we know");
            Assert.AreEqual((int)ModelResult.NoSuchObject, (int)printer.ClearAlerts(PrinterAlerts.PaperJam), "not active");
            Assert.AreEqual((int)ModelResult.Ok, (int)printer.ClearAlerts(PrinterAlerts.TonerLow));
            Assert.AreEqual("0c0008", bus.LastWrite);
            Assert.AreEqual(0, printer.Model.Alerts);
            Assert.AreEqual((int)PrinterStatus.Idle, (int)printer.Model.Status);
        }

        [TestMethod]
        public void ASilentEngineIsASensorFaultWithUnknownLevels()
        {
            var bus = new RegisterFileBus(Address);
            PrinterController printer = Printer(bus, "03" + "0001" + "64646464");
            bus.Absent = true;
            printer.Poll();
            Assert.IsTrue(printer.Model.SensorFault);
            Assert.AreEqual((int)PrinterStatus.Unknown, (int)printer.Model.Status);
            Assert.AreEqual(-2, printer.Model.Supply(0).Level);
            Assert.AreEqual((int)ModelResult.HardwareFault, (int)printer.ClearAlerts(PrinterAlerts.PaperJam));
            bus.Absent = false;
            printer.Poll();
            Assert.IsFalse(printer.Model.SensorFault);
            Assert.AreEqual(100, printer.Model.Supply(0).Level);
        }
    }
}
