using Callhome.Hal;

namespace Callhome.Boards.Emulator.Chips
{
    /// <summary>A register-level chip model on <see cref="SimulatedI2cBus"/>: it sees each transaction's
    /// data bytes after its address was acknowledged. A device may still NACK a byte it refuses.</summary>
    public interface ISimulatedI2cDevice
    {
        I2cStatus Write(byte[] buffer, int offset, int count);

        I2cStatus Read(byte[] buffer, int offset, int count);
    }
}
