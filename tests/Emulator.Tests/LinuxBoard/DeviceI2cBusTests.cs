using System;
using System.Collections.Generic;
using Callhome.Boards.Emulator.Chips;
using Callhome.Boards.Linux;
using Callhome.Hal;
using Callhome.Hal.Drivers.Ina219;
using Xunit;

namespace Callhome.Emulator.Tests.LinuxBoard
{
    /// <summary>The Linux board's I2C adapter: System.Device.I2c's exceptions become the seam's statuses, and the
    /// real INA219 driver works through it (against a simulated chip behind a stand-in I2cDevice).</summary>
    public sealed class DeviceI2cBusTests : IDisposable
    {
        private const int Address = Ina219PowerMonitor.DefaultAddress;
        private readonly SimulatedIna219 chip = new SimulatedIna219 { ShuntMicrovolts = 200000, BusMillivolts = 24000 };
        private readonly Dictionary<int, ChipBackedI2cDevice> opened = new();
        private readonly DeviceI2cBus bus;

        public DeviceI2cBusTests()
        {
            bus = new DeviceI2cBus(address => opened[address] = new ChipBackedI2cDevice(address, chip));
        }

        public void Dispose() => bus.Dispose();

        [Theory]
        [InlineData(6, I2cStatus.Nack)]      // ENXIO: address not acknowledged
        [InlineData(121, I2cStatus.Nack)]    // EREMOTEIO: data byte not acknowledged
        [InlineData(19, I2cStatus.Nack)]     // ENODEV
        [InlineData(11, I2cStatus.BusError)] // EAGAIN: arbitration lost
        [InlineData(110, I2cStatus.BusError)] // ETIMEDOUT: clock stretched too long
        [InlineData(5, I2cStatus.BusError)]  // EIO
        [InlineData(71, I2cStatus.BusError)] // EPROTO
        public void ATransferErrnoBecomesAStatus(int errno, I2cStatus status)
        {
            Assert.Equal(status, I2cErrors.StatusOf(errno));
            byte[] buffer = new byte[2];
            Assert.Equal(I2cStatus.Ok, bus.Read(Address, buffer, 0, 2));
            opened[Address].Errno = errno;
            Assert.Equal(status, bus.Read(Address, buffer, 0, 2));
            Assert.Equal(status, bus.Write(Address, buffer, 0, 1));
            Assert.Equal(status, bus.WriteRead(Address, buffer, 0, 1, buffer, 0, 2));
        }

        [Fact]
        public void TheRealDriverMeasuresThroughTheAdapterAndASilentChipIsASensorFault()
        {
            var monitor = new Ina219PowerMonitor(bus, Address, 100, 100000);
            int configuration = Ina219Configuration.Encode(Ina219Configuration.BusRange32V, Ina219Configuration.Gain320mV,
                Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit, Ina219Configuration.ModeShuntAndBusContinuous);
            Assert.True(monitor.TryInitialize(configuration));
            Assert.Equal(4096, chip.Calibration);
            Assert.True(monitor.TryReadCurrentMicroamps(out int current));
            Assert.Equal(2000000, current);
            Assert.True(monitor.TryReadBusMillivolts(out int volts));
            Assert.Equal(24000, volts);

            opened[Address].Errno = I2cErrors.ENXIO;
            Assert.False(monitor.TryReadBusMillivolts(out _));
            Assert.Single(opened);
        }

        [Fact]
        public void AnAddressWithNoChipNacksAndBadArgumentsThrow()
        {
            var empty = new DeviceI2cBus(address => new ChipBackedI2cDevice(address, chip) { Errno = I2cErrors.ENXIO });
            Assert.Equal(I2cStatus.Nack, empty.Read(0x41, new byte[1], 0, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => bus.Read(0x80, new byte[1], 0, 1));
            Assert.Throws<ArgumentException>(() => bus.Read(Address, new byte[1], 0, 2));
            Assert.Throws<ArgumentException>(() => bus.Write(Address, new byte[1], 1, 1));
        }
    }
}
