using Callhome.Hal;

namespace Callhome.Portable.Tests.Config
{
    /// <summary>The smallest NOR flash for portable tests: erase to FFh, program ANDs. Power cuts are tested
    /// on the host with boards/emulator's SimulatedFlash.</summary>
    internal sealed class RamFlash : IFlash
    {
        private readonly byte[] cells;

        public RamFlash(int pageSize, int pageCount)
        {
            PageSize = pageSize;
            PageCount = pageCount;
            cells = new byte[pageSize * pageCount];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = 0xFF;
            }
        }

        public int PageSize { get; }

        public int PageCount { get; }

        public byte[] Cells => cells;

        public void ErasePage(int page)
        {
            for (int i = 0; i < PageSize; i++)
            {
                cells[(page * PageSize) + i] = 0xFF;
            }
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                cells[address + i] &= buffer[offset + i];
            }
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            System.Array.Copy(cells, address, buffer, offset, count);
        }
    }
}
