using System.Collections.Generic; // expect: error

namespace Samples.Bad
{
    public sealed class Inventory
    {
        public int Count()
        {
            var items = new List<int>(); // expect: error
            items.Add(1);
            return items.Count;
        }
    }
}
