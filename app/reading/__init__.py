"""Reading resumes and job descriptions: PDF, DOCX, TXT and Markdown into structured data."""
