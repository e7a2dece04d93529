using Callhome.Hal;
using Callhome.Portable.Tests.Hal;

namespace Callhome.Portable.Tests.Model
{
    /// <summary>Routes each transaction to one of two register-file devices by address (a UPS board has two chips).</summary>
    internal sealed class TwoDeviceBus : II2cBus
    {
        private readonly int firstAddress;
        private readonly RegisterFileBus first;
        private readonly RegisterFileBus second;

        public TwoDeviceBus(int firstAddress, RegisterFileBus first, RegisterFileBus second)
        {
            this.firstAddress = firstAddress;
            this.first = first;
            this.second = second;
        }

        public I2cStatus Write(int address, byte[] buffer, int offset, int count)
        {
            return Pick(address).Write(address, buffer, offset, count);
        }

        public I2cStatus Read(int address, byte[] buffer, int offset, int count)
        {
            return Pick(address).Read(address, buffer, offset, count);
        }

        public I2cStatus WriteRead(int address, byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            return Pick(address).WriteRead(address, writeBuffer, writeOffset, writeCount, readBuffer, readOffset, readCount);
        }

        private RegisterFileBus Pick(int address)
        {
            return address == firstAddress ? first : second;
        }
    }
}
