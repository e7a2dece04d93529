namespace Samples.Bad
{
    public static class Paths
    {
        public static string ToSlashes(string path)
        {
            return path.Replace("\\", "/"); // expect: error
        }
    }
}
