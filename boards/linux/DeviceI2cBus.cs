using System;
using System.Device.I2c;
using System.IO;
using System.Runtime.InteropServices;
using Callhome.Hal;

namespace Callhome.Boards.Linux
{
    /// <summary>
    /// The I2C seam over System.Device.I2c on Linux (/dev/i2c-BUS): one <see cref="I2cDevice"/> per 7-bit address,
    /// opened on first use. System.Device.I2c throws <see cref="IOException"/> when the transfer ioctl fails; this
    /// turns it into the seam's status by the errno the ioctl left (<see cref="I2cErrors"/>), so a chip that does not
    /// answer is a sensor fault for the driver, not an exception.
    /// </summary>
    public sealed class DeviceI2cBus : II2cBus, IDisposable
    {
        private readonly Func<int, I2cDevice> open;
        private readonly I2cDevice?[] devices = new I2cDevice?[128];

        /// <param name="busId">N of /dev/i2c-N.</param>
        public DeviceI2cBus(int busId)
            : this(address => I2cDevice.Create(new I2cConnectionSettings(busId, address)))
        {
            BusId = busId;
        }

        /// <param name="open">creates the device for an address (the constructor above opens /dev/i2c-N).</param>
        public DeviceI2cBus(Func<int, I2cDevice> open)
        {
            this.open = open ?? throw new ArgumentNullException(nameof(open));
        }

        public int BusId { get; }

        public I2cStatus Write(int address, byte[] buffer, int offset, int count)
        {
            Check(buffer, offset, count);
            return Transfer(address, buffer, offset, count, null, 0, 0);
        }

        public I2cStatus Read(int address, byte[] buffer, int offset, int count)
        {
            Check(buffer, offset, count);
            return Transfer(address, null, 0, 0, buffer, offset, count);
        }

        public I2cStatus WriteRead(int address, byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            Check(writeBuffer, writeOffset, writeCount);
            Check(readBuffer, readOffset, readCount);
            return Transfer(address, writeBuffer, writeOffset, writeCount, readBuffer, readOffset, readCount);
        }

        public void Dispose()
        {
            for (int i = 0; i < devices.Length; i++)
            {
                devices[i]?.Dispose();
                devices[i] = null;
            }
        }

        private I2cStatus Transfer(int address, byte[]? write, int writeOffset, int writeCount, byte[]? read, int readOffset, int readCount)
        {
            if (address < 0 || address > 0x7F)
            {
                throw new ArgumentOutOfRangeException(nameof(address), "7-bit I2C address expected");
            }

            try
            {
                I2cDevice device = devices[address] ??= open(address);
                if (write != null && read != null)
                {
                    device.WriteRead(write.AsSpan(writeOffset, writeCount), read.AsSpan(readOffset, readCount));
                }
                else if (write != null)
                {
                    device.Write(write.AsSpan(writeOffset, writeCount));
                }
                else
                {
                    device.Read(read.AsSpan(readOffset, readCount));
                }

                return I2cStatus.Ok;
            }
            catch (IOException)
            {
                return I2cErrors.StatusOf(Marshal.GetLastPInvokeError());
            }
        }

        private static void Check(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the buffer", nameof(buffer));
            }
        }
    }
}
