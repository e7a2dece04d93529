using System;
using System.Device.I2c;
using Callhome.Hal;

namespace Callhome.Boards.NanoFramework
{
    /// <summary>
    /// The I2C seam over nanoFramework's System.Device.I2c: one <see cref="I2cDevice"/> per 7-bit address on one
    /// controller, opened on first use. nanoFramework reports each transfer's outcome as an
    /// <see cref="I2cTransferStatus"/> instead of throwing; a missing acknowledge (of the address, or of a data byte,
    /// which ends the transfer early) is the chip's answer, the rest is the bus failing.
    /// </summary>
    public sealed class NanoI2cBus : II2cBus, IDisposable
    {
        private readonly int busId;
        private readonly I2cBusSpeed speed;
        private readonly I2cDevice[] devices = new I2cDevice[128];

        /// <param name="busId">the controller: 1 = I2C1 on ESP32 and STM32 targets.</param>
        public NanoI2cBus(int busId, I2cBusSpeed speed)
        {
            this.busId = busId;
            this.speed = speed;
        }

        public static I2cStatus StatusOf(I2cTransferStatus status)
        {
            switch (status)
            {
                case I2cTransferStatus.FullTransfer:
                    return I2cStatus.Ok;
                case I2cTransferStatus.SlaveAddressNotAcknowledged:
                case I2cTransferStatus.PartialTransfer:
                    return I2cStatus.Nack;
                default:
                    return I2cStatus.BusError;
            }
        }

        public I2cStatus Write(int address, byte[] buffer, int offset, int count)
        {
            Check(buffer, offset, count);
            return StatusOf(Device(address).Write(new SpanByte(buffer, offset, count)).Status);
        }

        public I2cStatus Read(int address, byte[] buffer, int offset, int count)
        {
            Check(buffer, offset, count);
            return StatusOf(Device(address).Read(new SpanByte(buffer, offset, count)).Status);
        }

        public I2cStatus WriteRead(int address, byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            Check(writeBuffer, writeOffset, writeCount);
            Check(readBuffer, readOffset, readCount);
            I2cTransferResult result = Device(address).WriteRead(new SpanByte(writeBuffer, writeOffset, writeCount), new SpanByte(readBuffer, readOffset, readCount));
            return StatusOf(result.Status);
        }

        public void Dispose()
        {
            for (int i = 0; i < devices.Length; i++)
            {
                if (devices[i] != null)
                {
                    devices[i].Dispose();
                    devices[i] = null!;
                }
            }
        }

        private I2cDevice Device(int address)
        {
            if (address < 0 || address > 0x7F)
            {
                throw new ArgumentOutOfRangeException(nameof(address));
            }

            if (devices[address] == null)
            {
                devices[address] = I2cDevice.Create(new I2cConnectionSettings(busId, address, speed));
            }

            return devices[address];
        }

        private static void Check(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the buffer", nameof(buffer));
            }
        }
    }
}
