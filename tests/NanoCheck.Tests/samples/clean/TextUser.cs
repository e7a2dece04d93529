using System.Text;

namespace Samples.Clean
{
    // Needs the nanoFramework.System.Text reference (StringBuilder is not in mscorlib).
    public static class Report
    {
        public static string Build(int value)
        {
            var builder = new StringBuilder(); // expect-without-reference: error (StringBuilder lives in nanoFramework.System.Text)
            builder.Append("value=");
            builder.Append(value.ToString());
            return builder.ToString();
        }
    }
}
