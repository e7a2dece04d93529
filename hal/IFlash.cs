namespace Callhome.Hal
{
    /// <summary>
    /// A region of NOR flash reserved for the agent. NOR semantics: erasing a page sets all its bytes to
    /// 0xFF; programming can only clear bits (1 → 0), so programming over data stores the AND of old and new.
    /// A power cut can interrupt either operation part-way, which is why stores over this seam keep two
    /// copies and validate each on load.
    /// </summary>
    public interface IFlash
    {
        int PageSize { get; }

        int PageCount { get; }

        void ErasePage(int page);

        /// <param name="address">byte address from the start of the region; the range may cross pages.</param>
        void Program(int address, byte[] buffer, int offset, int count);

        void Read(int address, byte[] buffer, int offset, int count);
    }
}
