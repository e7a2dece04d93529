using System.Text;
using Samples.Lib;

namespace Samples.App
{
    public static class Formatter
    {
        public static string Show(Counter counter)
        {
            var builder = new StringBuilder();
            builder.Append("ticks=");
            builder.Append(counter.Value.ToString());
            return builder.ToString();
        }
    }
}
