namespace Callhome.Hal
{
    /// <summary>
    /// One I2C controller. Addresses are 7-bit. Each call is one transaction (START … STOP); WriteRead uses a
    /// repeated START, which register-pointer chips (INA219, MAX17048, MCP23017) need for an atomic read.
    /// </summary>
    public interface II2cBus
    {
        I2cStatus Write(int address, byte[] buffer, int offset, int count);

        I2cStatus Read(int address, byte[] buffer, int offset, int count);

        I2cStatus WriteRead(int address, byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount);
    }
}
