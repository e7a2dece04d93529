using Callhome.Hal.Drivers.Mcp23017;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Hal
{
    /// <summary>The relay bank's register traffic, checked against the MCP23017 BANK = 0 map (DS20001952 Table 3-5):
    /// IODIRA 00h, GPIOA 12h, OLATA 14h, with B at the next address.</summary>
    [TestClass]
    public class Mcp23017Tests
    {
        private const int Address = Mcp23017RelayBank.DefaultAddress;

        [TestMethod]
        public void InitializeLatchesEveryRelayOffBeforeMakingThePinsOutputs()
        {
            var bus = new RegisterFileBus(Address);
            Assert.IsTrue(new Mcp23017RelayBank(bus, Address, false).TryInitialize());
            Assert.AreEqual(2, bus.Writes.Count);
            Assert.AreEqual("140000", (string)bus.Writes[0]!, "OLATA, OLATB = 00h");
            Assert.AreEqual("000000", (string)bus.Writes[1]!, "IODIRA, IODIRB = 00h (outputs)");
        }

        [TestMethod]
        public void ActiveLowBoardsLatchOffAsHigh()
        {
            var bus = new RegisterFileBus(Address);
            Assert.IsTrue(new Mcp23017RelayBank(bus, Address, true).TryInitialize());
            Assert.AreEqual("14ffff", (string)bus.Writes[0]!);
        }

        [TestMethod]
        public void RelaysMapToPortAThenPortB()
        {
            var bus = new RegisterFileBus(Address);
            var bank = new Mcp23017RelayBank(bus, Address, false);
            Assert.IsTrue(bank.TryInitialize());
            Assert.IsTrue(bank.TrySetRelay(0, true));
            Assert.AreEqual("140100", bus.LastWrite);
            Assert.IsTrue(bank.TrySetRelay(9, true));
            Assert.AreEqual("140102", bus.LastWrite, "relay 9 is GPB1");
            Assert.IsTrue(bank.TrySetRelay(0, false));
            Assert.AreEqual("140002", bus.LastWrite);
            Assert.AreEqual(0x0200, bank.CommandedMask);
        }

        [TestMethod]
        public void ReadsPinLevelsBackAsRelays()
        {
            var bus = new RegisterFileBus(Address);
            var bank = new Mcp23017RelayBank(bus, Address, true);
            Assert.IsTrue(bank.TryInitialize());
            bus.Set(0x12, "fe7f");
            Assert.IsTrue(bank.TryReadState(out int on));
            Assert.AreEqual(0x8001, on, "active low: GPA0 and GPB7 low = relays 0 and 15 on");
        }

        [TestMethod]
        public void AnExpanderThatWasResetIsAFault()
        {
            var bus = new RegisterFileBus(Address);
            var bank = new Mcp23017RelayBank(bus, Address, false);
            Assert.IsTrue(bank.TryInitialize());
            bus.Set(0x00, "ffff");
            Assert.IsFalse(bank.TryReadState(out _), "IODIR back at its power-on FFh");
        }

        [TestMethod]
        public void NackLeavesTheCommandedStateUnchanged()
        {
            var bus = new RegisterFileBus(Address);
            var bank = new Mcp23017RelayBank(bus, Address, false);
            Assert.IsTrue(bank.TryInitialize());
            Assert.IsTrue(bank.TrySetRelay(3, true));
            bus.Absent = true;
            Assert.IsFalse(bank.TrySetRelay(4, true));
            Assert.IsFalse(bank.TryReadState(out _));
            Assert.IsFalse(bank.TryInitialize());
            Assert.AreEqual(0x0008, bank.CommandedMask);
        }

        [TestMethod]
        public void RejectsARelayOutsideTheBank()
        {
            var bank = new Mcp23017RelayBank(new RegisterFileBus(Address), Address, false);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => bank.TrySetRelay(16, true));
        }
    }
}
