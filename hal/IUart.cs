namespace Callhome.Hal
{
    /// <summary>
    /// A serial port (the operator console, a UPS's serial protocol). Both directions block for at most the
    /// timeout and report how much was transferred; a timeout is a count, not an exception.
    /// </summary>
    public interface IUart
    {
        int BaudRate { get; }

        /// <returns>the bytes read, 1..count; 0 if none arrived within the timeout.</returns>
        int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds);

        /// <returns>the bytes accepted for transmission within the timeout, 0..count.</returns>
        int Write(byte[] buffer, int offset, int count, int timeoutMilliseconds);
    }
}
