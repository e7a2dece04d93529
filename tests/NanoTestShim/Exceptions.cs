using System;

namespace TestFrameworkShared
{
    public class AssertFailedException : Exception
    {
        public AssertFailedException()
        {
        }

        public AssertFailedException(string msg)
            : base(msg)
        {
        }

        public AssertFailedException(string msg, Exception ex)
            : base(msg, ex)
        {
        }
    }
}

namespace nanoFramework.TestFramework
{
    public class SkipTestException : Exception
    {
        public SkipTestException(string? message = null, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }
}
