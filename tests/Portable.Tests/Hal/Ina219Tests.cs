using Callhome.Hal.Drivers.Ina219;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Hal
{
    /// <summary>INA219 against TI SBOS448's own numbers: §8.5.1 equations and the "Configure/Measure/Calculate
    /// Example" table (10 A load, V_CM 12 V, R_SHUNT 2 mΩ, 40 mV shunt range, 16 V bus range).</summary>
    [TestClass]
    public class Ina219Tests
    {
        private const int Address = Ina219PowerMonitor.DefaultAddress;

        private static Ina219PowerMonitor ExampleMonitor(RegisterFileBus bus)
        {
            // Current_LSB 1 mA with a 2 mΩ shunt, as in the data sheet's example.
            return new Ina219PowerMonitor(bus, Address, 1000, 2000);
        }

        [TestMethod]
        public void CalibrationOfTheDataSheetExampleIs5000h()
        {
            Assert.AreEqual(0x5000, Ina219PowerMonitor.CalibrationFor(1000, 2000));
        }

        [TestMethod]
        public void ThirtyTwoVoltTwoAmpRangeWithPointOneOhmShuntCalibratesTo4096()
        {
            Assert.AreEqual(62, Ina219PowerMonitor.MinimumCurrentLsbMicroamps(2000), "2 A / 32767 = 61.04 µA, rounded up");
            var monitor = new Ina219PowerMonitor(new RegisterFileBus(Address, 2), Address, 100, 100000);
            Assert.AreEqual(4096, monitor.Calibration);
            Assert.AreEqual(2000, monitor.PowerLsbMicrowatts, "Power_LSB = 20 × 100 µA = 2 mW");
        }

        [TestMethod]
        public void ConfigurationOfTheDataSheetExampleIs019Fh()
        {
            int word = Ina219Configuration.Encode(Ina219Configuration.BusRange16V, Ina219Configuration.Gain40mV,
                Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit, Ina219Configuration.ModeShuntAndBusContinuous);
            Assert.AreEqual(0x019F, word);
            Assert.AreEqual(Ina219Configuration.PowerOnReset, Ina219Configuration.Encode(Ina219Configuration.BusRange32V,
                Ina219Configuration.Gain320mV, Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit,
                Ina219Configuration.ModeShuntAndBusContinuous), "the power-on value decodes as 32 V, /8, 12-bit, continuous");
        }

        [TestMethod]
        public void InitializeWritesConfigurationThenCalibration()
        {
            var bus = new RegisterFileBus(Address, 2);
            Assert.IsTrue(ExampleMonitor(bus).TryInitialize(0x019F));
            Assert.AreEqual(2, bus.Writes.Count);
            Assert.AreEqual("00019f", (string)bus.Writes[0]!);
            Assert.AreEqual("055000", (string)bus.Writes[1]!);
        }

        [TestMethod]
        public void ReadsTheDataSheetExampleMeasurements()
        {
            var bus = new RegisterFileBus(Address, 2);
            bus.Set16(0x01, 0x07D0);
            bus.Set16(0x02, 0x5D98);
            bus.Set16(0x04, 0x2710);
            bus.Set16(0x03, 0x1766);
            Ina219PowerMonitor monitor = ExampleMonitor(bus);
            Assert.IsTrue(monitor.TryInitialize(0x019F));

            Assert.IsTrue(monitor.TryReadShuntMicrovolts(out int shunt));
            Assert.AreEqual(20000, shunt, "07D0h × 10 µV = 20 mV");
            Assert.IsTrue(monitor.TryReadBusMillivolts(out int busVoltage));
            Assert.AreEqual(11980, busVoltage, "5D98h >> 3 = 2995 × 4 mV = 11.98 V");
            Assert.IsTrue(monitor.TryReadCurrentMicroamps(out int current));
            Assert.AreEqual(10000000, current, "2710h × 1 mA = 10.0 A");
            Assert.IsTrue(monitor.TryReadPowerMicrowatts(out long power));
            Assert.AreEqual(119800000L, power, "1766h × 20 mW = 119.8 W");
        }

        [TestMethod]
        [DataRow(0x7D00, 320000)]
        [DataRow(0x0000, 0)]
        [DataRow(0xFFFF, -10)]
        [DataRow(0x8300, -320000)]
        public void ShuntVoltageIsSignedInTenMicrovoltSteps(int register, int microvolts)
        {
            var bus = new RegisterFileBus(Address, 2);
            bus.Set16(0x01, register);
            Assert.IsTrue(ExampleMonitor(bus).TryReadShuntMicrovolts(out int value));
            Assert.AreEqual(microvolts, value);
        }

        [TestMethod]
        public void BusVoltageFullScaleIs32V()
        {
            var bus = new RegisterFileBus(Address, 2);
            bus.Set16(0x02, 8000 << 3 | 0x2);
            Assert.IsTrue(ExampleMonitor(bus).TryReadBusMillivolts(out int millivolts));
            Assert.AreEqual(32000, millivolts, "1F40h in bits 15–3, CNVR ignored");
        }

        [TestMethod]
        public void CurrentAndPowerAreFaultsBeforeCalibration()
        {
            var bus = new RegisterFileBus(Address, 2);
            bus.Set16(0x04, 0x2710);
            Ina219PowerMonitor monitor = ExampleMonitor(bus);
            Assert.IsFalse(monitor.TryReadCurrentMicroamps(out _));
            Assert.IsFalse(monitor.TryReadPowerMicrowatts(out _));
        }

        [TestMethod]
        public void MathOverflowMakesCurrentAndPowerFaults()
        {
            var bus = new RegisterFileBus(Address, 2);
            Ina219PowerMonitor monitor = ExampleMonitor(bus);
            Assert.IsTrue(monitor.TryInitialize(0x019F));
            bus.Set16(0x02, 0x5D99);
            Assert.IsFalse(monitor.TryReadCurrentMicroamps(out _));
            Assert.IsFalse(monitor.TryReadPowerMicrowatts(out _));
            Assert.IsTrue(monitor.TryReadBusMillivolts(out _), "the bus voltage itself is still valid");
        }

        [TestMethod]
        public void NackMakesEveryOperationFalse()
        {
            var bus = new RegisterFileBus(Address, 2);
            Ina219PowerMonitor monitor = ExampleMonitor(bus);
            Assert.IsTrue(monitor.TryInitialize(0x019F));
            bus.Absent = true;
            Assert.IsFalse(monitor.TryInitialize(0x019F));
            Assert.IsFalse(monitor.TryReadShuntMicrovolts(out _));
            Assert.IsFalse(monitor.TryReadBusMillivolts(out _));
            Assert.IsFalse(monitor.TryReadCurrentMicroamps(out _));
            Assert.IsFalse(monitor.TryReadPowerMicrowatts(out _));
            bus.Absent = false;
            Assert.IsFalse(monitor.TryReadCurrentMicroamps(out _), "a failed initialization leaves the monitor uncalibrated");
        }

        [TestMethod]
        public void RejectsACalibrationThatDoesNotFitTheRegister()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Ina219PowerMonitor.CalibrationFor(1, 1));
        }
    }
}
