using System;
using System.Collections.Generic;
using Callhome.Boards.Emulator.Chips;
using Callhome.Hal;

namespace Callhome.Boards.Emulator
{
    /// <summary>
    /// The emulated board's I2C bus: an address → device map. An address with no device NACKs, as on real
    /// hardware; <see cref="StopAnswering"/> makes a present device fall silent (unplugged, browned out,
    /// hung) and <see cref="FailBus"/> turns every transaction into a bus error (a stuck SDA line).
    /// </summary>
    public sealed class SimulatedI2cBus : II2cBus
    {
        private readonly Dictionary<int, ISimulatedI2cDevice> devices = new Dictionary<int, ISimulatedI2cDevice>();
        private readonly HashSet<int> silent = new HashSet<int>();

        public bool FailBus { get; set; }

        public int TransactionCount { get; private set; }

        public void Attach(int address, ISimulatedI2cDevice device)
        {
            ArgumentNullException.ThrowIfNull(device);
            if (address < 0 || address > 0x7F)
            {
                throw new ArgumentOutOfRangeException(nameof(address));
            }

            devices.Add(address, device);
        }

        public bool IsAttached(int address) => devices.ContainsKey(address);

        public void StopAnswering(int address) => silent.Add(address);

        public void ResumeAnswering(int address) => silent.Remove(address);

        public I2cStatus Write(int address, byte[] buffer, int offset, int count)
        {
            Check(buffer, offset, count);
            I2cStatus status = Select(address, out ISimulatedI2cDevice? device);
            return status != I2cStatus.Ok ? status : device!.Write(buffer, offset, count);
        }

        public I2cStatus Read(int address, byte[] buffer, int offset, int count)
        {
            Check(buffer, offset, count);
            I2cStatus status = Select(address, out ISimulatedI2cDevice? device);
            return status != I2cStatus.Ok ? status : device!.Read(buffer, offset, count);
        }

        public I2cStatus WriteRead(int address, byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            Check(writeBuffer, writeOffset, writeCount);
            Check(readBuffer, readOffset, readCount);
            I2cStatus status = Select(address, out ISimulatedI2cDevice? device);
            if (status != I2cStatus.Ok)
            {
                return status;
            }

            status = device!.Write(writeBuffer, writeOffset, writeCount);
            return status != I2cStatus.Ok ? status : device.Read(readBuffer, readOffset, readCount);
        }

        private I2cStatus Select(int address, out ISimulatedI2cDevice? device)
        {
            TransactionCount++;
            device = null;
            if (FailBus)
            {
                return I2cStatus.BusError;
            }

            if (silent.Contains(address) || !devices.TryGetValue(address, out device))
            {
                return I2cStatus.Nack;
            }

            return I2cStatus.Ok;
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
