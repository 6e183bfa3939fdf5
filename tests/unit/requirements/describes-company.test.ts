import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { describesCompany } from '@/lib/requirements/describes-company';

describe('describesCompany', () => {
  it.each([
    'Northwind is a leading provider of IoT monitoring for hospitals.',
    'We are one of the fastest-growing cyber security scale ups in Europe.',
    "Brightpath Labs has been the market's favourite supplier of machine learning tools since 2012.",
    'As one of the leading providers of payment software, our platform settles millions of orders a day.',
    'Our customers rely on our big data analytics every morning.',
    'Over 3,000 paying customers run our open source edition.',
    'Python has been a core technology throughout our company history.',
    'Kotlin has played a part in its 15-year history of mobile banking.',
    'Acme is more than just another consulting company - we are leaders in cloud security.',
    'We are market leaders in payment processing and fraud detection.',
    'Brightpath is celebrating 20 years in the software industry this year.',
    'Acme is one of <LOCATION> most successful machine learning start-ups.',
    'Northwind Cloud is an established multi-tenant analytics platform for retailers.',
    'The Payments Hub platform settles millions of card transactions a day.',
    'At Northwind great ideas have a way of becoming products and customer experiences very quickly.',
    // The opening word picks the pattern, whatever its case and after a bullet.
    '• AT NORTHWIND great ideas become products quickly.',
    'More than 100 million users stream music with Northwind every month.',
    'Nearly 300 employees work in our four offices.',
    '- OUR CUSTOMERS rely on Kafka-based pipelines.',
    'Nowadays data and machine learning sit at the heart of every business, yet few tools combine them.',
    'These days every bank competes on machine learning and mobile apps.',
    'Imagine a world where your groceries are chosen by the same recommendation engine as your films.',
    '• Imagine a future in which no developer writes boilerplate by hand.',
  ])('%j is the company describing itself', (sentence) => {
    expect(describesCompany(sentence)).toBe(true);
  });

  it.each([
    'We use Kafka and Spark to process the data.',
    'Our platform is built on Kubernetes and Go.',
    'The Lead Architect is an expert in cloud platforms and security.',
    'You are a leader in machine learning research.',
    'We are a leading provider of logistics software and you will build our Kafka pipelines.',
    'Experience with big data tools such as Spark.',
    'We are looking for engineers who are leaders in Kotlin.',
    'Experience reading the commit history in Git.',
    'You are celebrating your first year with Go when you ship this service.',
    'The data platform is built on Spark and Kafka.',
    'The Kubernetes platform team needs someone fluent in Helm.',
    'Docker is an essential tool for you in this role.',
    'At least 3 years of customer experience management.',
    'At Northwind we process terabytes a day using Kafka and Spark.',
    'At scale, machine learning models need monitoring.',
    'Nowadays we run everything on Kubernetes and Go.',
    'Nowadays our platform serves its models through Python APIs.',
    'Imagine working on Kafka pipelines that move a billion events a day.',
    'Imagine a day where you ship Terraform changes before lunch.',
    'You will imagine a world where our Python services scale on their own.',
  ])('%j is not', (sentence) => {
    expect(describesCompany(sentence)).toBe(false);
  });

  it('drops the skills of such a sentence, keeps those of the stack and the requirements', () => {
    const analysis = analyzeText(
      'Backend Engineer\nAbout us\nNorthwind is a leading provider of IoT monitoring.\nWe use Kafka.\nRequirements\n- Experience with MQTT and IoT',
      { isJobPosting: true },
    );
    const ids = analysis.requirements.map((r) => r.id);
    expect(ids).not.toContain('observability');
    expect(ids).toContain('kafka');
    expect(ids).toContain('mqtt');
    // The same skill asked of the candidate elsewhere still counts, from that sentence.
    expect(analysis.requirements.find((r) => r.id === 'iot')?.mentions.map((m) => m.text)).toEqual(['IoT']);
  });
});
