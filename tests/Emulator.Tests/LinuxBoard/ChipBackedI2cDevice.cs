using System;
using System.Device.I2c;
using System.IO;
using System.Runtime.InteropServices;
using Callhome.Boards.Emulator.Chips;
using Callhome.Boards.Linux;
using Callhome.Hal;

namespace Callhome.Emulator.Tests.LinuxBoard
{
    /// <summary>
    /// A System.Device.I2c device that behaves as the Linux one does on failure (IOException, errno left by the
    /// ioctl) but talks to a simulated chip, so the adapter and the real drivers can be tested without hardware.
    /// <see cref="Errno"/> set: every transfer fails with it (a silent chip is ENXIO, a stuck bus ETIMEDOUT).
    /// </summary>
    internal sealed class ChipBackedI2cDevice : I2cDevice
    {
        private readonly ISimulatedI2cDevice chip;

        public ChipBackedI2cDevice(int address, ISimulatedI2cDevice chip)
        {
            ConnectionSettings = new I2cConnectionSettings(1, address);
            this.chip = chip;
        }

        public override I2cConnectionSettings ConnectionSettings { get; }

        public int Errno { get; set; }

        public int Transfers { get; private set; }

        public override byte ReadByte()
        {
            Span<byte> one = stackalloc byte[1];
            Read(one);
            return one[0];
        }

        public override void Read(Span<byte> buffer)
        {
            byte[] data = new byte[buffer.Length];
            Fail(Errno != 0 ? Errno : chip.Read(data, 0, data.Length) == I2cStatus.Ok ? 0 : I2cErrors.ENXIO);
            data.CopyTo(buffer);
        }

        public override void WriteByte(byte value) => Write(new[] { value });

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            byte[] data = buffer.ToArray();
            Fail(Errno != 0 ? Errno : chip.Write(data, 0, data.Length) == I2cStatus.Ok ? 0 : I2cErrors.ENXIO);
        }

        public override void WriteRead(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
        {
            Write(writeBuffer);
            Read(readBuffer);
        }

        private void Fail(int errno)
        {
            Transfers++;
            if (errno != 0)
            {
                // As System.Device.I2c's Linux bus does: the ioctl's errno stays the last P/Invoke error.
                Marshal.SetLastPInvokeError(errno);
                throw new IOException("Error " + errno + " performing I2C data transfer.");
            }
        }
    }
}
