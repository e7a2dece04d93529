using Callhome.Hal.Drivers.Max17048;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Hal
{
    /// <summary>MAX17048 register scaling from its data sheet's register table: VCELL 78.125 µV/cell,
    /// SOC 1/256 %, CRATE 0.208 %/hr signed, CONFIG power-on 971Ch with ATHD = 32 − threshold.</summary>
    [TestClass]
    public class Max17048Tests
    {
        private const int Address = Max17048FuelGauge.DefaultAddress;

        private static Max17048FuelGauge Gauge(RegisterFileBus bus)
        {
            return new Max17048FuelGauge(bus, Address);
        }

        [TestMethod]
        [DataRow(0xC800, 4000000)]
        [DataRow(0xA000, 3200000)]
        [DataRow(0x0001, 78)]
        [DataRow(0x0000, 0)]
        public void CellVoltageIs78Point125MicrovoltsPerBit(int register, int microvolts)
        {
            var bus = new RegisterFileBus(Address);
            bus.Set16(0x02, register);
            Assert.IsTrue(Gauge(bus).TryReadCellMicrovolts(out int value));
            Assert.AreEqual(microvolts, value);
        }

        [TestMethod]
        public void ACellVoltageNoLithiumCellCanHaveIsAFault()
        {
            var bus = new RegisterFileBus(Address);
            bus.Set16(0x02, 0xFFFF);
            Assert.IsFalse(Gauge(bus).TryReadCellMicrovolts(out _), "FFFFh = 5.12 V");
        }

        [TestMethod]
        [DataRow(0x6400, 100000)]
        [DataRow(0x3280, 50500)]
        [DataRow(0x0001, 3)]
        [DataRow(0x0000, 0)]
        public void StateOfChargeIsOne256thPercentPerBit(int register, int millipercent)
        {
            var bus = new RegisterFileBus(Address);
            bus.Set16(0x04, register);
            Assert.IsTrue(Gauge(bus).TryReadStateOfChargeMillipercent(out int value));
            Assert.AreEqual(millipercent, value);
        }

        [TestMethod]
        [DataRow(0x0001, 208)]
        [DataRow(0xFFFF, -208)]
        [DataRow(0x0064, 20800)]
        public void ChargeRateIsSignedPoint208PercentPerHour(int register, int millipercentPerHour)
        {
            var bus = new RegisterFileBus(Address);
            bus.Set16(0x16, register);
            Assert.IsTrue(Gauge(bus).TryReadChargeRateMillipercentPerHour(out int value));
            Assert.AreEqual(millipercentPerHour, value);
        }

        [TestMethod]
        public void InitializeAcceptsOnlyVersion001x()
        {
            var bus = new RegisterFileBus(Address);
            bus.Set16(0x08, 0x0012);
            Assert.IsTrue(Gauge(bus).TryInitialize());
            bus.Set16(0x08, 0x0000);
            Assert.IsFalse(Gauge(bus).TryInitialize(), "a chip answering at 36h that is not a MAX17048");
        }

        [TestMethod]
        public void QuickStartSetsBit14OfMode()
        {
            var bus = new RegisterFileBus(Address);
            Assert.IsTrue(Gauge(bus).TryQuickStart());
            Assert.AreEqual("064000", bus.LastWrite);
        }

        [TestMethod]
        public void EmptyAlertThresholdKeepsRcompAndSetsAthd()
        {
            var bus = new RegisterFileBus(Address);
            bus.Set16(0x0C, Max17048FuelGauge.ConfigPowerOnReset);
            Assert.IsTrue(Gauge(bus).TrySetEmptyAlertPercent(10));
            Assert.AreEqual("0c9716", bus.LastWrite, "power-on 971Ch is a 4 % alert (ATHD 1Ch); 10 % is ATHD 16h");
        }

        [TestMethod]
        public void NackMakesEveryOperationFalse()
        {
            var bus = new RegisterFileBus(Address);
            bus.Set16(0x08, 0x0012);
            bus.Absent = true;
            Max17048FuelGauge gauge = Gauge(bus);
            Assert.IsFalse(gauge.TryInitialize());
            Assert.IsFalse(gauge.TryReadCellMicrovolts(out _));
            Assert.IsFalse(gauge.TryReadStateOfChargeMillipercent(out _));
            Assert.IsFalse(gauge.TryReadChargeRateMillipercentPerHour(out _));
            Assert.IsFalse(gauge.TryQuickStart());
            Assert.IsFalse(gauge.TrySetEmptyAlertPercent(10));
        }
    }
}
