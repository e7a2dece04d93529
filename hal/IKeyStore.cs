namespace Callhome.Hal
{
    /// <summary>
    /// Persistent slots for the device's own secret keys. Key bytes are copied into caller-owned buffers only
    /// (never strings, never logs), and a write replaces the whole slot or nothing, so a power cut cannot
    /// leave a half-written key.
    /// </summary>
    public interface IKeyStore
    {
        /// <returns>the slot's length, copied into buffer; -1 if the slot is empty.</returns>
        /// <exception cref="System.ArgumentException">buffer too small for the slot.</exception>
        int Read(string slot, byte[] buffer, int offset, int count);

        void Write(string slot, byte[] buffer, int offset, int count);

        bool Delete(string slot);
    }
}
